"""What ``/healthz`` reports: the database, the shared cache and the e-mail queue, cheaply and without
personal data (counts only)."""

import secrets

from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, connection
from django.db.models import Count


def database_ok() -> bool:
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (DatabaseError, InterfaceError):
        return False
    return True


def cache_ok() -> bool:
    """The resilient Redis cache is asked directly (it would otherwise answer like an empty cache);
    any other backend must give back what was just stored."""
    cache = caches["default"]
    if hasattr(cache, "ping"):
        return cache.ping()
    key, token = "kede:healthz", secrets.token_hex(8)
    cache.set(key, token, timeout=10)
    return cache.get(key) == token


def mail_queue() -> dict:
    """E-mails waiting to be sent (pending or being sent) and those whose last attempt failed."""
    from .models import OutgoingMail

    Status = OutgoingMail.Status
    counts = dict.fromkeys(Status.values, 0)
    for row in OutgoingMail.objects.order_by().values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return {"pending_emails": counts[Status.PENDING] + counts[Status.SENDING], "failed_emails": counts[Status.FAILED]}


def report() -> tuple[dict, bool]:
    """``({"database": "ok"|"error", "cache": …, "pending_emails": n, "failed_emails": n}, healthy)``."""
    database, cache = database_ok(), cache_ok()
    result = {"database": "ok" if database else "error", "cache": "ok" if cache else "error"}
    if database:
        result.update(mail_queue())
    else:
        result.update(pending_emails=None, failed_emails=None)
    return result, database and cache
