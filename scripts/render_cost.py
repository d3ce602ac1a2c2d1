#!/usr/bin/env python
"""CPU milliseconds per rendering of make bench's pages, in-process (Django's test client), on one database.

Wall-clock figures on a shared machine swing with the neighbours' load; the CPU time this process
spends rendering (SQLite runs in-process, so its queries count too) does not, which makes it the
figure to compare between demo and bench size. Run with the database's environment, e.g.

    DJANGO_DEBUG=1 DATABASE_URL=sqlite:///bench.sqlite3 DJANGO_MEDIA_ROOT=bench-media/public \\
        .venv/bin/python scripts/render_cost.py

The page cache is bypassed (DJANGO_BENCH is switched on here); fragment caches stay warm.
RENDER_REPEATS (20) sets the renderings per page, RENDER_ONLY=finder measures only the pages so named.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kede_site.settings")
os.environ["DJANGO_BENCH"] = "1"

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from scripts.bench import PAGES  # noqa: E402

REPEATS = int(os.environ.get("RENDER_REPEATS", "20"))
ONLY = os.environ.get("RENDER_ONLY", "")  # e.g. RENDER_ONLY=finder: the pages whose name holds it


def main():
    client = Client(HTTP_HOST="localhost", HTTP_X_BENCH_RENDER="1")
    print(f"{'page':<18}{'status':>7}{'SQL':>5}{'bytes':>8}{'CPU ms p50':>12}")
    for name, path in PAGES:
        if path.startswith("/admin/") or ONLY not in name:
            continue
        client.get(path)  # warms the fragment caches
        response = client.get(path)
        times = []
        for _ in range(REPEATS):
            started = time.process_time()
            client.get(path)
            times.append(time.process_time() - started)
        print(
            f"{name:<18}{response.status_code:>7}{response.get('X-Bench-Queries', '-'):>5}"
            f"{len(response.content):>8}{statistics.median(times) * 1000:>12.1f}"
        )


if __name__ == "__main__":
    main()
