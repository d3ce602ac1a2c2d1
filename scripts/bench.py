#!/usr/bin/env python
"""Benchmark: serve the site with gunicorn in production mode on 127.0.0.1 and print figures.

A throw-away SQLite database gets the migrations and the demo content; static
files are collected as in production. Each URL is fetched a bounded number of
times (cold, then warm from the page cache); the script prints latency
percentiles, throughput and the memory of the gunicorn processes, then stops
the server. Traffic goes to the loopback address only.
"""

import os
import statistics
from pathlib import Path

from prodsite import fetch, production_site

URLS = [
    "/",
    "/about/",
    "/about/honors/",
    "/products/",
    "/products/breakers/",
    "/products/breakers-side/kd-68s/",
    "/products/search/?type=breakers&q=KD",
    "/news/",
    "/news/company/spring-festival-service-2025/",
    "/en/about/",
    "/sitemap.xml",
    "/nope/",
]
REQUESTS_PER_URL = int(os.environ.get("BENCH_REQUESTS", "200"))


def rss_kib(pid):
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for each in pids:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total, len(pids)


def main():
    with production_site() as (port, server, _work):
        print(f"gunicorn (2 workers) on 127.0.0.1:{port}; {REQUESTS_PER_URL} requests per URL")
        print("cold: the first request (rendered); p50/p95/max: the repeats (anonymous page cache)\n")
        print(f"{'URL':<44}{'status':>7}{'cold ms':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'req/s':>8}")
        for path in URLS:
            status, cold = fetch(port, path)
            timings = [fetch(port, path)[1] for _ in range(REQUESTS_PER_URL)]
            timings.sort()
            p50 = statistics.median(timings) * 1000
            p95 = timings[int(len(timings) * 0.95) - 1] * 1000
            rate = len(timings) / sum(timings)
            print(
                f"{path:<44}{status:>7}{cold * 1000:>9.1f}{p50:>8.1f}{p95:>8.1f}{timings[-1] * 1000:>8.1f}{rate:>8.0f}"
            )
        rss, processes = rss_kib(server.pid)
        print(f"\nMemory: {rss / 1024:.0f} MiB resident across {processes} gunicorn processes")


if __name__ == "__main__":
    main()
