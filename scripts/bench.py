#!/usr/bin/env python
"""Benchmark: serve the site with gunicorn in production mode on 127.0.0.1 and print figures.

A throw-away SQLite database gets the migrations and the demo content; static
files are collected as in production. Each URL is fetched a bounded number of
times (cold, then warm from the page cache); the script prints latency
percentiles, throughput and the memory of the gunicorn processes, then stops
the server. Traffic goes to the loopback address only.
"""

import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


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


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    start = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - start
    connection.close()
    return response.status, elapsed


def main():
    work = Path(tempfile.mkdtemp(prefix="kede-bench-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SITE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(work / "private"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    print(f"Preparing a production-mode site in {work} …")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "kede_site.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                fetch(port, "/healthz")
                break
            except OSError:
                time.sleep(0.1)
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
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
