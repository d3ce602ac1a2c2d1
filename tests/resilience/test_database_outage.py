"""Database unreachable: the styled 503 page within two seconds, and /healthz says so.

The site runs in a fresh interpreter pointed at PostgreSQL on a port of 127.0.0.1 where nothing listens
(only the client library is needed, no PostgreSQL server).
"""

import json
import subprocess
import sys

from tests.test_settings import ROOT, clean_env

from .servers import free_port

REQUESTS = """
import json, time
from django.test import Client
client = Client()
results = {}
for path in ["/", "/en/products/", "/healthz", "/static/css/site.css"]:
    started = time.monotonic()
    response = client.get(path)
    body = b"".join(response) if response.streaming else response.content
    results[path] = {
        "status": response.status_code,
        "seconds": time.monotonic() - started,
        "retry_after": response.get("Retry-After"),
        "cache_control": response.get("Cache-Control", ""),
        "body": body.decode(),
    }
print(json.dumps(results))
"""


def run_against_closed_database():
    url = f"postgres://kede@127.0.0.1:{free_port()}/kede"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + REQUESTS],
        cwd=ROOT,
        env=clean_env(DJANGO_DEBUG="1", DJANGO_ALLOWED_HOSTS="testserver", DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_an_unreachable_database_gives_the_styled_503_page_within_two_seconds():
    results, log = run_against_closed_database()
    home, english = results["/"], results["/en/products/"]
    for page in (home, english):
        assert page["status"] == 503
        assert page["seconds"] < 2
        assert page["retry_after"] == "30"
        assert "no-store" in page["cache_control"]
        assert "Traceback" not in page["body"]
        assert "/static/css/site.css" in page["body"]
    assert "暂时无法访问" in home["body"]
    assert '<html lang="zh-CN">' in home["body"]
    assert "temporarily unavailable" in english["body"]
    assert "Database unreachable (OperationalError): answering 503" in log
    assert "Traceback" not in log
    assert results["/static/css/site.css"]["status"] == 200  # static files need no database


def test_health_check_reports_an_unreachable_database_with_503():
    results, _log = run_against_closed_database()
    health = results["/healthz"]
    assert health["status"] == 503
    assert health["seconds"] < 2
    assert json.loads(health["body"]) == {
        "database": "error",
        "cache": "ok",
        "pending_emails": None,
        "failed_emails": None,
    }
