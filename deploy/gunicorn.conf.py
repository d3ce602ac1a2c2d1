"""gunicorn settings for the Kede Group website: ``gunicorn -c deploy/gunicorn.conf.py kede_site.wsgi``.

One file for every app server; what differs comes from the environment:

- ``GUNICORN_BIND``: where to listen (default ``127.0.0.1:8000``). The systemd template
  ``kede-gunicorn@.service`` passes its instance name, so ``kede-gunicorn@8001`` listens on 127.0.0.1:8001.
  Only nginx on the same machine talks to it; nothing else should reach that port.
- ``WEB_CONCURRENCY``: worker processes (default: the CPU count, at least 2). With several workers or
  several app servers the cache must be shared: without ``REDIS_URL`` each process keeps its own content
  version, view counts and rate-limit counters, so a worker would serve pages up to 10 minutes stale and
  a rate limit would count per process. This file refuses to start then (production settings only).
- ``GUNICORN_THREADS``: threads per worker (default 4).

Why ``gthread`` rather than ``sync``: a request may wait seconds on the network, not on the CPU. A form
sends its e-mail after the commit (SMTP, ``DJANGO_EMAIL_TIMEOUT`` 10 s), the admin writes uploads of up to
200 MB to disk, and every request waits on PostgreSQL and Redis. With ``sync`` each of those waits holds a
whole process (about 100 MB each); threads share one process's memory and keep serving cached pages in the
meantime. gthread also keeps nginx's upstream connections alive (``keepalive`` in kede.conf), so a cached
page costs no TCP handshake. nginx buffers request bodies and responses, so slow clients never hold a thread.
Django is thread-safe; each thread has its own database connection (``CONN_MAX_AGE``): with two app servers
of 2 workers × 4 threads PostgreSQL sees at most 16 connections of its default 100.
"""

import os

_debug = os.environ.get("DJANGO_DEBUG", "").lower() in {"1", "true", "yes", "on"}

bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
workers = int(os.environ.get("WEB_CONCURRENCY") or max(2, os.cpu_count() or 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A request that takes longer than this is killed and logged (the worker restarts). The slowest honest
# request is an admin upload read from nginx's buffer on the same machine, or one SMTP timeout.
timeout = 30
graceful_timeout = 30  # on SIGTERM / reload, requests in flight get this long to finish
keepalive = 15  # seconds an idle keep-alive connection from nginx stays open (nginx's keepalive_timeout is 60 s)

# Restart each worker after about 1000 requests (jittered, so they never restart at once): whatever
# a library leaks (image decoding, the PDF and Office checks) never accumulates.
max_requests = 1000
max_requests_jitter = 100

# nginx on this machine sets X-Forwarded-For/-Proto; Django reads them itself (DJANGO_TRUSTED_PROXIES=1 and
# SECURE_PROXY_SSL_HEADER), gunicorn only needs to believe the local proxy for its own scheme detection.
forwarded_allow_ips = "127.0.0.1,::1"

# No access log: nginx logs every request (with the real client address), and Django logs errors. gunicorn's
# own messages (worker boots, timeouts) go to stderr: journald with systemd.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "kede-" + bind[0].rsplit(":", 1)[-1].replace("/", "-")

# Workers load the app after forking (no preload_app): a reload (SIGHUP) picks up new code, and no database
# connection or Redis socket is ever shared between processes.
preload_app = False

if not _debug and not os.environ.get("REDIS_URL") and workers > 1:
    raise RuntimeError(
        f"{workers} gunicorn workers without REDIS_URL: each would keep its own cache (stale pages for up to "
        "10 minutes, per-process rate limits and view counts). Set REDIS_URL, or WEB_CONCURRENCY=1."
    )
# Django's settings see the worker count too (they refuse several workers without REDIS_URL as well).
os.environ.setdefault("WEB_CONCURRENCY", str(workers))
