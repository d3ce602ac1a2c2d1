#!/usr/bin/env python
"""make bench: load the site with wrk and print one table per mode (warm page cache, rendered).

By default it starts what it measures on 127.0.0.1: gunicorn in production mode (2 sync workers)
on a SQLite database, the demo content (``--size demo``, a throw-away database) or the bench
content (``--size bench``: ``manage.py seed_bench``'s bench.sqlite3, made or topped up first),
and the framework floor (scripts/bench_floor.py, same gunicorn shape). ``--url`` measures a stack
that is already running instead (``make prod``); its app servers must run with ``DJANGO_BENCH=1``
for the rendered figures and the query counts, and ``manage.py`` is run in this environment to
open an admin session on its database.

For each page: requests/s, p50 and p99 latency and errors (non-2xx/3xx answers, socket errors) at
1 and 16 connections, once served warm from the page cache and once rendered on every request
(the header ``X-Bench-Render: 1``, honoured only with DJANGO_BENCH); SQL queries and HTML bytes of
one rendering; each page's warm requests/s as a ratio of the floor's; the peak resident memory of
the gunicorn workers it started. wrk (Debian package ``wrk``) makes the load.

Through the stack (``--stack``) a warm request is answered by nginx's micro-cache (the "cache" column shows
nginx's X-Cache-Status: HIT) and a rendered one skips it (prod.py lets X-Bench-Render past the micro-cache
only on a bench stack). The floor is measured twice, bare and behind an nginx with the same site config
(the floor's page says nothing of caching, so nginx passes every request on): the warm ratios compare with
the floor behind nginx, the same shape as the site.
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("home", "/"),
    ("category", "/products/breakers/"),
    ("category p2", "/products/breakers/?page=2"),
    ("product", "/products/breakers-side/kd-68s/"),
    ("finder keyword", "/products/search/?q=" + quote("破碎锤")),
    ("finder model no.", "/products/search/?q=KD-68"),
    ("finder no match", "/products/search/?q=zzqx-none"),
    ("finder fitment", "/products/search/?type=breakers&brand=sany&tonnes=20"),
    ("news list", "/news/"),
    ("news category", "/news/company/"),
    ("article", "/news/company/spring-festival-service-2025/"),
    ("careers list", "/careers/"),
    ("admin changelist", "/admin/news/article/"),
]
RENDER = "X-Bench-Render: 1"
WORKERS = 2
# wrk reports through this script: one JSON line with the figures the table needs.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %d, "seconds": %f, "p50": %f, "p99": %f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, capture=False):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        text=True,
    )
    return result.stdout


def production_env(database_url, media, port=8000):
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_BENCH": "1",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SITE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(media / "public"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(media / "private"),
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def prepare_database(size, work):
    """The DATABASE_URL and media folder of the content to measure."""
    if size == "bench":
        env = {**os.environ, "DJANGO_DEBUG": "1"}
        print("Making or topping up bench.sqlite3 (manage.py seed_bench) …", flush=True)
        subprocess.run([sys.executable, "manage.py", "seed_bench"], cwd=ROOT, env=env, check=True)
        return f"sqlite:///{ROOT / 'bench.sqlite3'}", ROOT / "bench-media"
    media = work / "media"
    url = f"sqlite:///{work / 'demo.sqlite3'}"
    env = production_env(url, media) | {"DJANGO_DEBUG": "1"}
    print(f"Loading the demo content into {work} …", flush=True)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    return url, media


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fetch(url, "/")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"Nothing answers at {url}")


@contextmanager
def gunicorn(app, env, port):
    """gunicorn serving ``app`` on 127.0.0.1:``port``, 2 sync workers; yields the master's pid."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        yield server.pid
    finally:
        server.terminate()
        server.wait(timeout=15)


@contextmanager
def local_site(size, work):
    """Start the site as ``make bench`` measures it by default; yields (base URL, master pid, env)."""
    url, media = prepare_database(size, work)
    port = free_port()
    env = production_env(url, media, port) | {"DJANGO_STATIC_ROOT": str(work / "static")}
    manage(env, "collectstatic", "--no-input", "-v0")
    with gunicorn("kede_site.wsgi", env, port) as pid:
        yield f"http://127.0.0.1:{port}", pid, env


@contextmanager
def local_floor():
    port = free_port()
    with gunicorn("scripts.bench_floor", {**os.environ}, port) as pid:
        yield f"http://127.0.0.1:{port}", pid


def fetch(base, path, headers=None):
    """(status, body bytes, X-Bench-Queries or None, cache) of one GET; cache is nginx's X-Cache-Status, else
    "page" for a hit of Django's page cache, else "-"."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": parts.hostname, **(headers or {})})
        response = connection.getresponse()
        body = response.read()
        cache = response.getheader("X-Cache-Status") or ("page" if response.getheader("X-Cache") else "-")
        return response.status, len(body), response.getheader("X-Bench-Queries"), cache
    finally:
        connection.close()


def admin_cookie(env):
    """A session cookie of a superuser made for the benchmark on the measured database."""
    code = (
        "from importlib import import_module\n"
        "from django.conf import settings\n"
        "from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model\n"
        "User = get_user_model()\n"
        "user = User.objects.filter(username='bench-admin').first() or User.objects.create_superuser("
        "'bench-admin', 'bench@example.com', None)\n"
        "session = import_module(settings.SESSION_ENGINE).SessionStore()\n"
        "session[SESSION_KEY] = str(user.pk)\n"
        # Not axes' backend (first in the list, it cannot load a user: the admin answered 500).
        "session[BACKEND_SESSION_KEY] = [b for b in settings.AUTHENTICATION_BACKENDS if not b.startswith('axes.')][0]\n"
        "session[HASH_SESSION_KEY] = user.get_session_auth_hash()\n"
        # Production settings ask superusers for a second factor: a TOTP device, and the session verified by it.
        "from django_otp import DEVICE_ID_SESSION_KEY\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "device = TOTPDevice.objects.get_or_create(user=user, name='bench', defaults={'confirmed': True})[0]\n"
        "session[DEVICE_ID_SESSION_KEY] = device.persistent_id\n"
        "session.save()\n"
        "print(settings.SESSION_COOKIE_NAME + '=' + session.session_key)\n"
    )
    try:
        return manage(env, "shell", "-c", code, capture=True).strip().splitlines()[-1]
    except (subprocess.CalledProcessError, IndexError):
        return None


def wrk(url, connections, seconds, headers, script):
    """One wrk run: requests/s, p50 and p99 in ms, errors."""
    command = ["wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{seconds}s", "-s", script, "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    report = json.loads(output.strip().splitlines()[-1])
    return {
        "rps": report["requests"] / report["seconds"] if report["seconds"] else 0.0,
        "p50": report["p50"],
        "p99": report["p99"],
        "errors": report["errors"],
    }


class PeakMemory:
    """Samples the resident memory of gunicorn workers (the children of the given masters) every 0.2 s."""

    def __init__(self, *masters):
        self.masters, self.peak, self.peak_total = masters, {}, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.wait(0.2):
            total = 0
            for master in self.masters:
                for pid in children(master):
                    rss = rss_kib(pid)
                    self.peak[pid] = max(self.peak.get(pid, 0), rss)
                    total += rss
            self.peak_total = max(self.peak_total, total)


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(base, floors, pages, levels, seconds, cookie):
    """Rows of figures: one per page, with its one-off rendering and a wrk run per (mode, connections).

    ``floors``: (name, base URL) of each floor; the first is the one the ratios compare with."""
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115 -- removed below
    script.write(WRK_REPORT)
    script.close()
    try:
        rows = [{"page": name, "path": "/", "base": url, "headers": [], "floor": True} for name, url in floors]
        for name, path in pages:
            headers = []
            if path.startswith("/admin/"):
                if cookie is None:
                    print(f"  {name}: skipped (no admin session could be made)")
                    continue
                headers = [f"Cookie: {cookie}"]
            rows.append({"page": name, "path": path, "base": base, "headers": headers})
        for row in rows:
            extra = dict(header.split(": ", 1) for header in [*row["headers"], RENDER])
            fetch(row["base"], row["path"], extra)  # fills the fragment caches, as any live site has them
            status, size, queries, row["cache", "rendered"] = fetch(row["base"], row["path"], extra)
            row.update(status=status, bytes=size, queries=queries if queries is not None else "-")
            warm = dict(header.split(": ", 1) for header in row["headers"])
            fetch(row["base"], row["path"], warm)
            row["cache", "warm"] = fetch(row["base"], row["path"], warm)[3]  # how a warm request is answered
            for mode in ("warm", "rendered"):
                headers = row["headers"] + ([RENDER] if mode == "rendered" else [])
                for connections in levels:
                    if sys.stdout.isatty():
                        print(f"  {row['page']:<18} {mode:<8} c={connections:<3}", end="\r", flush=True)
                    row[mode, connections] = wrk(row["base"] + row["path"], connections, seconds, headers, script.name)
        if sys.stdout.isatty():
            print(" " * 60, end="\r")
        return rows
    finally:
        os.unlink(script.name)


def print_tables(rows, levels):
    floor = rows[0]
    for mode, title in (
        ("warm", "Warm: served from the cache (cache: nginx's X-Cache-Status, or 'page' for Django's page cache)"),
        ("rendered", "Rendered: page cache (and nginx's micro-cache) bypassed"),
    ):
        print(f"\n{title}")
        head = f"{'page':<18}{'status':>7}{'SQL':>5}{'bytes':>8}{'cache':>7}"
        for c in levels:
            head += f" | c={c:<3}{'req/s':>7}{'p50 ms':>8}{'p99 ms':>8}{'err':>5}"
            if mode == "warm":
                head += f"{'×floor':>8}"
        print(head)
        print("-" * len(head))
        for row in rows:
            line = f"{row['page']:<18}{row['status']:>7}{row['queries']!s:>5}{row['bytes']:>8}{row['cache', mode]:>7}"
            for c in levels:
                figures = row[mode, c]
                line += (
                    f" |      {figures['rps']:>7.0f}{figures['p50']:>8.1f}{figures['p99']:>8.1f}{figures['errors']:>5}"
                )
                if mode == "warm":
                    ratio = figures["rps"] / floor["warm", c]["rps"] if floor["warm", c]["rps"] else 0
                    line += f"{ratio:>8.2f}"
            print(line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=["demo", "bench"], default="demo", help="Which content (default demo).")
    parser.add_argument("--url", help="Measure a running stack at this address instead of starting one.")
    parser.add_argument("--floor-url", help="The floor's address when --url is given (default: start one here).")
    parser.add_argument(
        "--floor-nginx-url",
        help="With --url: the floor behind an nginx like the site's; the warm ratios then compare with it.",
    )
    parser.add_argument(
        "--stack",
        action="store_true",
        help="Measure through the production stack (scripts/prod.py: nginx, two gunicorn app servers, PostgreSQL, "
        "Redis), seeded at --size, instead of one gunicorn on SQLite.",
    )
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "5")), help="Per wrk run.")
    parser.add_argument("--connections", default="1,16", help="Connection counts, comma-separated (default 1,16).")
    parser.add_argument("--only", help="Only the pages whose name contains this text (e.g. news).")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("make bench needs wrk: apt-get install wrk")
    levels = [int(c) for c in args.connections.split(",")]
    pages = [page for page in PAGES if not args.only or args.only in page[0]]
    work = Path(tempfile.mkdtemp(prefix="kede-bench-"))
    try:
        with ExitStack() as stack:
            if args.url:
                base, masters, env = args.url.rstrip("/"), [], {**os.environ}
            elif args.stack:
                from prod import prod_stack

                print(f"Starting the production stack with {args.size} content (seeding {args.size} takes a while) …")
                site = stack.enter_context(prod_stack(seed=args.size, extra_env={"DJANGO_BENCH": "1"}))
                base, env = site.url, site.env
                masters = [pid for name, pid in site.pids.items() if name.startswith("app")]
            else:
                base, pid, env = stack.enter_context(local_site(args.size, work))
                masters = [pid]
            if args.floor_url:
                floor = args.floor_url.rstrip("/")
            else:
                floor, floor_pid = stack.enter_context(local_floor())
                masters.append(floor_pid)
            floors = [("floor", floor)]
            if args.floor_nginx_url:
                floors.insert(0, ("floor nginx", args.floor_nginx_url.rstrip("/")))
            elif args.stack:
                # The same shape as the site: the floor's gunicorn behind an nginx with deploy/nginx/kede.conf and
                # as many nginx workers as the stack's. The ratios compare with it; the bare floor is shown too.
                from prodsite import nginx_front

                (work / "floor").mkdir()
                front = stack.enter_context(nginx_front(urlsplit(floor).port, work / "floor", workers=2))
                floors.insert(0, ("floor nginx", f"http://127.0.0.1:{front}"))
            cookie = admin_cookie(env)
            runs = (len(pages) + len(floors)) * len(levels) * 2
            print(
                f"Site {base}, floor {floor}; {runs} wrk runs of {args.seconds} s "
                f"(≈{runs * args.seconds // 60 + 1} min)"
            )
            with PeakMemory(*masters[:1]) as memory:
                rows = measure(base, floors, pages, levels, args.seconds, cookie)
        print_tables(rows, levels)
        if masters and not args.url:  # the first app server's workers (the stack has two such servers)
            workers = ", ".join(f"{kib / 1024:.0f}" for kib in memory.peak.values())
            print(
                f"\nPeak RSS of the site's gunicorn workers: {workers} MiB "
                f"(together at most {memory.peak_total / 1024:.0f} MiB)"
            )
        print(f"×floor: warm requests/s over the {rows[0]['page']!r} row's.")
        print(
            f"Content: {args.size if not args.url else args.url}"
            f"{' through nginx, two app servers, PostgreSQL and Redis' if args.stack else ''}; "
            f"wrk {args.seconds} s per run; {os.cpu_count()} CPUs."
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
