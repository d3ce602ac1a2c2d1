"""A site-wide content version: bumped whenever content is saved or deleted.

Cached fragments and cached anonymous pages put the version in their keys, so a
change made in the admin shows on the next request, in every process that
shares the cache.
"""

from django.core.cache import cache

VERSION_KEY = "kede:content-version"


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def on_content_change(sender, **kwargs):
    from .models import TimeStampedModel

    if issubclass(sender, TimeStampedModel):
        bump_content_version()
