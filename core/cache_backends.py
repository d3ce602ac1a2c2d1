"""The shared cache as an optional service: Redis when it answers, no cache at all when it does not.

Django's ``RedisCache`` raises ``redis.ConnectionError`` on every call while Redis is down, and every
page, form and counter of the site touches the cache, so one stopped Redis would turn the whole site
into 500 pages. ``ResilientRedisCache`` turns those errors into what an empty cache answers: ``get``
misses, ``set`` and ``delete`` do nothing, ``add`` adds nothing (False) and ``incr`` raises ValueError
as for a missing key. The site then serves every page uncached: the page cache stores nothing, the
content version starts afresh on each request, django-ratelimit fails open (``RATELIMIT_FAIL_OPEN``)
and the article view counter counts nothing.

After a failure the process leaves Redis alone for ``RETRY_AFTER`` seconds (default 5; a top-level key
of the cache's settings), so a Redis that hangs costs one connect timeout per interval, not one per
cache call; the first call after the interval tries again, and caching resumes by itself when Redis is
back. The outage is logged once when it starts (and again at most once a minute while it lasts) and once
when it ends, never per request.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("kede.cache")

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
LOG_EVERY = 60  # seconds between two warnings while the outage lasts


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.retry_after = float(params.get("RETRY_AFTER", 5))
        self._lock = threading.Lock()
        self._down_until = 0.0  # time.monotonic() before which Redis is not asked
        self._down_since = None
        self._last_warning = 0.0

    @property
    def is_down(self) -> bool:
        """True while the last call failed and the retry interval has not passed."""
        return time.monotonic() < self._down_until

    def _call(self, method, fallback, *args, **kwargs):
        if self.is_down:
            return fallback()
        try:
            result = method(*args, **kwargs)
        except UNREACHABLE as error:
            self._failed(error)
            return fallback()
        if self._down_since is not None:
            self._recovered()
        return result

    def _failed(self, error):
        now = time.monotonic()
        with self._lock:
            self._down_until = now + self.retry_after
            starting = self._down_since is None
            if starting:
                self._down_since = now
            if starting or now - self._last_warning >= LOG_EVERY:
                self._last_warning = now
                logger.warning(
                    "Cache unreachable (%s); serving without it, trying again every %g s",
                    type(error).__name__,
                    self.retry_after,
                )

    def _recovered(self):
        with self._lock:
            if self._down_since is None:
                return
            lasted = time.monotonic() - self._down_since
            self._down_since = None
        logger.warning("Cache reachable again after %.0f s; caching resumes", lasted)

    # What an empty cache that keeps nothing answers.
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (the cache is unreachable).")

        return self._call(super().incr, missing, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._call(super().clear, lambda: False)

    def ping(self) -> bool:
        """True when Redis answers now (for /healthz); asks even during the retry interval."""
        try:
            self._cache.get_client(write=True).ping()
        except UNREACHABLE as error:
            self._failed(error)
            return False
        if self._down_since is not None:
            self._recovered()
        self._down_until = 0.0
        return True
