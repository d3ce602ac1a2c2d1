"""The test suite's Redis cache (the site's resilient one): ``clear()`` deletes this run's keys only, never the
whole database."""

from django.core.exceptions import ImproperlyConfigured

from core.cache_backends import ResilientRedisCache


class PrefixedRedisCache(ResilientRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        if not self.key_prefix:
            raise ImproperlyConfigured("PrefixedRedisCache needs a KEY_PREFIX: clear() deletes the keys under it.")

    def clear(self):
        client = self._cache.get_client(write=True)
        batch = []
        for key in client.scan_iter(match=f"{self.key_prefix}:*", count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)
        return True
