"""The content version and the schedule: what keeps cached pages and fragments fresh.

Cached fragments (:func:`cached_by_version`) and cached anonymous pages (core.middleware)
put the content version in their keys, so a bump retires all of them at once, in every
process that shares the cache. The version is bumped

- when public content (:class:`core.models.PublicContentModel`) is saved or deleted, or its
  many-to-many links change: an edit in the admin shows on the next request;
- when the next scheduled change comes (an article's publication time): each app registers
  a function that says when its content next changes by itself (:func:`register_schedule`).
  The earliest such time is the *deadline*. It is looked up when content is saved and when
  the deadline has passed, never on an ordinary request, and no cache entry outlives it.
"""

import contextvars
import math
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "kede:content-version"
# (PENDING, since) or (DEADLINE, epoch seconds; math.inf when nothing is scheduled).
SCHEDULE_KEY = "kede:content-schedule"
PENDING, DEADLINE = "pending", "deadline"
FRAGMENT_TIMEOUT = 60 * 60

_schedules = []
_missing = object()
# Inside content_changes_batched(): the list the block's changes are noted in, else None.
_batch = contextvars.ContextVar("kede_content_batch", default=None)


def register_schedule(next_change: Callable[[datetime], datetime | None]) -> None:
    """Register ``next_change(after)``: the earliest time after ``after`` at which content the site
    shows changes by itself (a publication or unpublication time, a closing date), or None.

    Call it from the app's ``AppConfig.ready()``; it should cost one query.
    """
    if next_change not in _schedules:
        _schedules.append(next_change)


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _start_version()
    return version


def bump_content_version() -> None:
    """Retire every cached page and fragment, and look up the next scheduled change."""
    now = time.time()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        _start_version()
    cache.set(SCHEDULE_KEY, (DEADLINE, _next_change(after=now)), timeout=None)


def check_schedule() -> None:
    """Bump the version once the deadline has passed; called at the start of every request.

    One cache read, no query, until the deadline: then the first request bumps the version
    and looks up the next deadline.
    """
    values = cache.get_many([VERSION_KEY, SCHEDULE_KEY])
    if VERSION_KEY not in values:
        _start_version()
        return
    schedule = values.get(SCHEDULE_KEY)
    if schedule is not None and schedule[0] == PENDING:
        schedule = (DEADLINE, _next_change(after=schedule[1]))
        cache.set(SCHEDULE_KEY, schedule, timeout=None)
    if schedule is None or schedule[1] <= time.time():
        bump_content_version()


def content_timeout(timeout: int) -> int:
    """``timeout`` (seconds) cut so that an entry stored now expires by the deadline; 0 means don't store."""
    schedule = cache.get(SCHEDULE_KEY)
    if schedule is None or schedule[0] != DEADLINE or schedule[1] - time.time() >= timeout:
        return timeout
    return max(0, math.floor(schedule[1] - time.time()))


def cached_by_version(key: str, build: Callable[[], Any], timeout: int = FRAGMENT_TIMEOUT) -> Any:
    """``build()``, cached under ``key`` for the current content version.

    Rebuilt after any change to public content and after the next scheduled change; one
    build per version is shared by every process.
    """
    versioned = f"{key}:{content_version()}"
    value = cache.get(versioned, _missing)
    if value is _missing:
        value = build()
        timeout = content_timeout(timeout)
        if timeout:
            cache.set(versioned, value, timeout)
    return value


_in_process: dict[str, tuple[int, float, Any]] = {}
IN_PROCESS_SECONDS = 60  # a bound on staleness should the shared cache lose the version


def cached_in_process(key: str, build: Callable[[], Any]) -> Any:
    """:func:`cached_by_version`, kept in this process too while the content version stays the same.

    For objects every page reads (the category tree): the shared cache hands out a fresh
    unpickled copy per request, which costs more as the catalog grows (about 4 ms for 200
    categories); this returns the same objects to every request of the process, so callers
    must treat them as read-only. Dropped when the version changes, and after a minute anyway.
    """
    version = content_version()
    now = time.monotonic()
    held = _in_process.get(key)
    if held is not None and held[0] == version and now - held[1] < IN_PROCESS_SECONDS:
        return held[2]
    value = cached_by_version(key, build)
    _in_process[key] = (version, now, value)
    return value


def cache_query_params(*names: str):
    """Declare the query parameters a function view reads; the page cache keys on them alone.

    Class-based views (and feeds) set a ``cache_query_params`` attribute instead. A view that
    declares nothing is cached only for requests without a query string.
    """

    def decorate(view):
        view.cache_query_params = names
        return view

    return decorate


def content_changed(using=None) -> None:
    """Public content changed: bump now, and once more when the transaction commits.

    Between the save and the commit another worker still reads the old rows, and would cache
    them under the version bumped now; the bump after the commit retires those copies.
    Inside :func:`content_changes_batched` the change is only noted.
    """
    batch = _batch.get()
    if batch is not None:
        batch.append(using)
        return
    bump_content_version()
    connection = transaction.get_connection(using)
    if connection.in_atomic_block and not any(
        func is bump_content_version for _sids, func, _robust in connection.run_on_commit
    ):
        transaction.on_commit(bump_content_version, using=using)


@contextmanager
def content_changes_batched():
    """Bump the content version once for all the changes made inside the block (a bulk import).

    Saves, deletions and link changes inside the block (and explicit :func:`content_changed` calls)
    are noted instead of bumping the version each time; when the block ends normally and anything
    changed, :func:`content_changed` runs once. Open the block outside the import's transaction, so
    that one bump follows the commit. A block left by an exception bumps nothing: its transaction
    rolled back.
    """
    changes = []
    token = _batch.set(changes)
    try:
        yield
    finally:
        _batch.reset(token)
    if changes:
        content_changed(changes[0])


def on_content_change(sender, using=None, **kwargs):
    """post_save and post_delete: public content changed."""
    from .models import PublicContentModel

    if issubclass(sender, PublicContentModel):
        content_changed(using)


def on_links_change(sender, instance, action, using=None, **kwargs):
    """m2m_changed: the links of public content changed (a product's brands, an article's products)."""
    from .models import PublicContentModel

    if action.startswith("post_") and isinstance(instance, PublicContentModel):
        content_changed(using)


def _start_version() -> int:
    """Start the version on a cold cache, at a value no earlier version used.

    The deadline is not known yet; it becomes *pending*, and the next request looks it up
    (so the cold request stays within its query budget) and bumps the version if a
    scheduled change came in between.
    """
    version = time.time_ns()
    if cache.add(VERSION_KEY, version, timeout=None):
        cache.set(SCHEDULE_KEY, (PENDING, time.time()), timeout=None)
        return version
    return cache.get(VERSION_KEY, version)


def _next_change(after: float) -> float:
    moment = datetime.fromtimestamp(after, tz=UTC)
    times = [when for next_change in _schedules if (when := next_change(moment)) is not None]
    return min(times).timestamp() if times else math.inf


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """core.W010 (check --deploy): production on a per-process cache.

    The content version, view counts and rate-limit counters live in the cache. With local memory each
    gunicorn worker and each app server has its own: a worker that missed an edit serves its cached page
    for up to 10 minutes, and limits and counts split across processes. Production needs REDIS_URL
    (the settings refuse outright when WEB_CONCURRENCY says there are several workers)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or not backend.endswith(("LocMemCache", "DummyCache")):
        return []
    return [
        checks.Warning(
            f"The default cache is {backend.rsplit('.', 1)[-1]}, one per process.",
            hint="Set REDIS_URL: every gunicorn worker and app server must share one cache, or pages stay stale "
            "for up to 10 minutes after an edit and rate limits count per process.",
            id="core.W010",
        )
    ]
