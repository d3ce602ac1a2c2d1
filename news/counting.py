"""Article view counts, kept off the page so article pages stay cacheable.

The article page asks ``news:count_view`` (a small POST from ``static/js/news.js``) to count
a visit. The count goes to the shared cache (``cache.incr``), not the database; an article's
pending count is written to ``Article.view_count`` with one UPDATE when it reaches
``FLUSH_THRESHOLD`` and by ``manage.py flush_article_views`` (run it from cron every few
minutes). Crawlers, monitors and staff are not counted.

A visitor is a client address (``core.net.client_address``), whatever browser it names: one
address counts once per article per ``REPEAT_WINDOW``, and adds at most
``settings.NEWS_VIEWS_PER_ADDRESS_PER_HOUR`` views an hour over all articles.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import F

FLUSH_THRESHOLD = 50
KEY = "kede:news:views:{pk}"
# Crawlers name themselves (Baiduspider, Googlebot, bingbot, "+http://…"), as do scripts and headless browsers.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|scan|monitor|preview|lighthouse|headless|phantom|"
    r"curl|wget|python|java/|go-http|okhttp|libwww|httpclient|http[s]?://",
    re.IGNORECASE,
)


def is_bot(user_agent):
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


REPEAT_WINDOW = 30 * 60  # seconds: an address viewing an article again within this time counts once
HOUR = 60 * 60


def _digest(*parts):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32]


def _incr(key, timeout):
    """Add one to the counter at ``key`` (created with ``timeout`` when missing) and return its new value."""
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired or was evicted between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def admit(pk, address):
    """True when a view of article ``pk`` from ``address`` counts: the address's first in ``REPEAT_WINDOW``
    for this article, and within its hourly allowance over all articles."""
    if not cache.add(f"kede:news:seen:{_digest(pk, address)}", 1, timeout=REPEAT_WINDOW):
        return False
    # The hour starts with the address's first counted view (incr keeps the key's expiry).
    return _incr(f"kede:news:by-address:{_digest(address)}", HOUR) <= settings.NEWS_VIEWS_PER_ADDRESS_PER_HOUR


def pending_views(pk):
    return cache.get(KEY.format(pk=pk)) or 0


def count_view(pk):
    """Count one view of article ``pk``; returns the views counted since the last flush, this one included."""
    pending = _incr(KEY.format(pk=pk), None)
    if pending >= FLUSH_THRESHOLD:
        flush_views([pk])
    return pending


def flush_views(pks=None):
    """Move pending counts of articles ``pks`` (default: all) from the cache to the database.

    Returns the number of views written. Views counted while this runs stay in the cache
    for the next flush: the cache is decremented by what was written, never reset.
    """
    from .models import Article

    if pks is None:
        pks = Article.objects.values_list("pk", flat=True).iterator()
    written = 0
    batch = []
    for pk in pks:
        batch.append(pk)
        if len(batch) == 500:
            written += _flush_batch(Article, batch)
            batch = []
    if batch:
        written += _flush_batch(Article, batch)
    return written


def _flush_batch(model, pks):
    keys = {KEY.format(pk=pk): pk for pk in pks}
    written = 0
    for key, pending in cache.get_many(list(keys)).items():
        if not pending:
            continue
        cache.decr(key, pending)
        model.objects.filter(pk=keys[key]).update(view_count=F("view_count") + pending)
        written += pending
    return written
