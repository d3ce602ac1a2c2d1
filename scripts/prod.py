#!/usr/bin/env python
"""The production stack on 127.0.0.1, for trying the site and for benchmarks (``make prod``).

nginx (deploy/nginx/kede.conf) in front of two gunicorn app servers (deploy/gunicorn.conf.py, production
settings), sharing one PostgreSQL 15 cluster, one redis-server and the upload roots, as deploy/systemd runs
them on a server. Everything listens on 127.0.0.1 only, on free ports.

    scripts/prod.py [run] [--seed demo|bench|none] [--dir DIR]   # foreground; Ctrl-C or SIGTERM stops it
    scripts/prod.py start | stop | status                         # the same in the background (.prod/)

By default the data lives under ``.prod/`` (the cluster, media, a generated secret key) and survives a
restart; ``--dir`` names another place. Seeding: ``demo`` (``seed_demo``, keeps editors' changes), ``bench``
(``seed_bench``), ``none``. As root, the cluster runs as the ``postgres`` user (initdb refuses root).

From Python (scripts/bench.py, tests/deploy/test_scale_out.py)::

    from scripts.prod import prod_stack
    with prod_stack(seed="none") as stack:   # a throw-away stack in a temporary directory
        stack.url, stack.app_urls, stack.pids, stack.manage("shell", "-c", "...")
"""

import argparse
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = ROOT / ".prod"
PG_BIN = Path(os.environ.get("KEDE_PG_BIN", "/usr/lib/postgresql/15/bin"))
NGINX = os.environ.get("KEDE_NGINX", "/usr/sbin/nginx")
BROTLI_MODULE = os.environ.get("KEDE_NGINX_BROTLI", "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
REDIS = shutil.which("redis-server") or "/usr/bin/redis-server"
SITE_TEMPLATE = ROOT / "deploy" / "nginx" / "kede.conf"
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
SEEDS = ("demo", "bench", "none")
SEED_BENCH_CHILD = "KEDE_SEEDING_BENCH"  # core/management/commands/seed_bench.py's CHILD


class StackError(RuntimeError):
    pass


def missing_programs():
    """The programs the stack needs that this machine lacks, with the Debian package that has each."""
    needed = [
        (PG_BIN / "initdb", "postgresql-15"),
        (Path(REDIS), "redis-server"),
        (Path(NGINX), "nginx"),
    ]
    return [f"{program} (apt-get install {package})" for program, package in needed if not Path(program).exists()]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(ready, what, process=None, timeout=60, log=None):
    deadline = time.monotonic() + timeout
    while not ready():
        if process is not None and process.poll() is not None:
            raise StackError(f"{what} exited with {process.returncode}" + _tail(log))
        if time.monotonic() > deadline:
            raise StackError(f"{what} did not start in {timeout} s" + _tail(log))
        time.sleep(0.1)


def _tail(log):
    if log is None or not Path(log).exists():
        return ""
    return ":\n" + "\n".join(Path(log).read_text(errors="replace").splitlines()[-20:])


def port_open(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def http_ok(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def render_site(*, listen, server_name, media_root, static_root, cache_root, upstreams, brotli=True):
    """deploy/nginx/kede.conf with its placeholders filled; the upstream's server line once per app server."""
    lines = []
    for line in SITE_TEMPLATE.read_text().splitlines():
        if line.strip().startswith("server @UPSTREAM@"):
            lines += [line.replace("@UPSTREAM@", upstream) for upstream in upstreams]
        elif line.strip().startswith("brotli_static") and not brotli:
            continue  # without Debian's module nginx refuses the directive; gzip_static still applies
        else:
            lines.append(line)
    site = "\n".join(lines) + "\n"
    for name, value in {
        "@LISTEN@": listen,
        "@SERVER_NAME@": server_name,
        "@MEDIA_ROOT@": str(media_root),
        "@STATIC_ROOT@": str(static_root),
        "@CACHE_ROOT@": str(cache_root),
    }.items():
        site = site.replace(name, value)
    left = [line for line in site.splitlines() if "@" in line.split("#", 1)[0]]
    if left:
        raise StackError(f"placeholders left in the nginx site: {left}")
    return site


def static_digest():
    """What collectstatic's output depends on: our static files and the installed packages (theirs)."""
    digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
    for folder in sorted(ROOT.glob("*/static")) + [ROOT / "static"]:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def collected_static(env):
    """A STATIC_ROOT with collectstatic's output (hashed names, .br and .gz), made once per version of the
    static files: compressing them takes a minute or two, and a second stack only reads them."""
    target = Path(tempfile.gettempdir()) / f"kede-prod-static-{static_digest()}"
    if (target / "staticfiles.json").exists():
        return target
    work = Path(tempfile.mkdtemp(prefix="kede-prod-static-new-"))
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT, env={**env, "DJANGO_STATIC_ROOT": str(work)}, check=True,
    )  # fmt: skip
    work.chmod(0o755)
    try:
        work.rename(target)  # atomic; another stack may have finished first
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
    return target


@dataclass
class Stack:
    root: Path
    url: str
    app_urls: list
    env: dict
    pids: dict = field(default_factory=dict)
    ports: dict = field(default_factory=dict)

    def manage(self, *args, capture=False, show=False, check=True):
        """Run ``manage.py *args`` with the stack's production environment (its database, Redis, roots).

        ``capture``: the result carries stdout and stderr; ``show``: its output goes to this terminal."""
        output = {"capture_output": True} if capture else {} if show else {"stdout": subprocess.DEVNULL}
        command = [sys.executable, "manage.py", *args]
        started = time.monotonic()
        try:
            return subprocess.run(command, cwd=ROOT, env=self.env, check=check, text=True, **output)
        finally:
            if os.environ.get("KEDE_PROD_TIMING"):
                print(f"manage.py {args[0]}: {time.monotonic() - started:.1f} s", file=sys.stderr)

    def describe(self):
        return {"url": self.url, "app_urls": self.app_urls, "pids": self.pids, "ports": self.ports,
                "root": str(self.root)}  # fmt: skip


class _Processes:
    """Children started in their own session (a Ctrl-C reaches only this script), stopped in reverse order."""

    def __init__(self):
        self.started = []  # (name, Popen or a stop function)

    def popen(self, name, args, log, **kwargs):
        handle = open(log, "ab")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            args, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT, **kwargs
        )
        handle.close()
        self.started.append((name, process))
        return process

    def on_stop(self, name, stop):
        self.started.append((name, stop))

    def stop_all(self):
        for _name, item in reversed(self.started):
            if callable(item):
                with contextlib.suppress(Exception):
                    item()
                continue
            if item.poll() is None:
                item.terminate()
                try:
                    item.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    item.kill()
                    item.wait()
        self.started.clear()


def _start_postgres(processes, root, port, throwaway):
    data = root / "pg" / "data"
    as_postgres = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        as_postgres = ["runuser", "-u", "postgres", "--"]
    (root / "pg").mkdir(parents=True, exist_ok=True)
    if as_postgres:
        shutil.chown(root / "pg", "postgres", "postgres")
        root.chmod(0o755)  # the postgres user must reach its directory
    if not (data / "PG_VERSION").exists():
        subprocess.run(
            [*as_postgres, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
             "--locale=C.UTF-8"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    options = f"-p {port} -k {root / 'pg'} -c listen_addresses=127.0.0.1"
    if throwaway:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    log = root / "pg" / "server.log"
    subprocess.run(
        [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(log), "-o", options,
         "start"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    processes.on_stop(
        "postgresql",
        lambda: subprocess.run(
            [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        ),
    )  # fmt: skip
    created = subprocess.run(
        [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "kede"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if created.returncode and "already exists" not in created.stderr:
        raise StackError("createdb failed: " + created.stderr)
    pid_line = (data / "postmaster.pid").read_text().split("\n", 1)[0]
    return int(pid_line)


def _start_nginx(processes, root, port, env, app_ports):
    prefix = root / "nginx"
    prefix.mkdir(parents=True, exist_ok=True)
    brotli = Path(BROTLI_MODULE).exists()
    site = render_site(
        listen=f"127.0.0.1:{port}",
        server_name="127.0.0.1 localhost",
        media_root=env["DJANGO_MEDIA_ROOT"],
        static_root=env["DJANGO_STATIC_ROOT"],
        cache_root=prefix / "cache",
        upstreams=[f"127.0.0.1:{app_port}" for app_port in app_ports],
        brotli=brotli,
    )
    if env.get("DJANGO_BENCH") == "1":
        # make bench's rendered runs (X-Bench-Render: 1) skip the micro-cache as they skip the page cache.
        # Only here: on a real site the header must not let anyone past the micro-cache.
        site = site.replace(
            "        proxy_cache kede_pages;\n",
            "        proxy_cache kede_pages;\n        proxy_cache_bypass $http_x_bench_render;\n"
            "        proxy_no_cache $http_x_bench_render;\n",
        )
        if "$http_x_bench_render" not in site:
            raise StackError("the nginx site has no 'proxy_cache kede_pages;' line for the bench bypass")
    (prefix / "kede.conf").write_text(site)
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    main = f"load_module {BROTLI_MODULE};\n" if brotli else ""
    main += "user root;\n" if os.geteuid() == 0 else ""  # the workers read the roots under this directory
    main += f"worker_processes 2;\npid {prefix}/nginx.pid;\nevents {{ worker_connections 512; }}\n"
    main += "http {\n include /etc/nginx/mime.types;\n"
    # Which app server answered and how long it took: for benchmarks and the scale-out test.
    main += ' log_format kede \'$remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time '
    main += "upstream=$upstream_addr $upstream_response_time';\n"
    main += f" access_log {prefix}/access.log kede;\n error_log {prefix}/error.log;\n"
    main += "".join(f" {kind}_temp_path {prefix}/{kind};\n" for kind in kinds)
    main += f" include {prefix}/kede.conf;\n}}\n"
    (prefix / "nginx.conf").write_text(main)
    log = prefix / "stderr.log"
    process = processes.popen(
        "nginx", [NGINX, "-e", "stderr", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"], log
    )
    wait_until(lambda: port_open(port), "nginx", process, timeout=15, log=log)
    return process


@contextlib.contextmanager
def prod_stack(seed="none", root=None, app_servers=2, workers=2, extra_env=None, quiet=True):
    """Start the stack, yield a :class:`Stack`, stop everything on exit (also after an error or Ctrl-C).

    ``root``: keep the data there (a second start reuses it); default a temporary directory, deleted after.
    ``extra_env``: more settings for every app server and command (e.g. ``DJANGO_FORM_MIN_FILL_SECONDS``)."""
    if seed not in SEEDS:
        raise ValueError(f"seed must be one of {SEEDS}")
    missing = missing_programs()
    if missing:
        raise StackError("missing: " + ", ".join(missing))
    throwaway = root is None
    root = Path(tempfile.mkdtemp(prefix="kede-prod-") if throwaway else root).resolve()
    root.mkdir(parents=True, exist_ok=True)
    logs = root / "logs"
    logs.mkdir(exist_ok=True)
    processes = _Processes()
    try:
        ports = {"postgres": free_port(), "redis": free_port(), "nginx": free_port()}
        app_ports = [free_port() for _ in range(app_servers)]
        secret_file = root / "secret_key"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(60))
            secret_file.chmod(0o600)
        url = f"http://127.0.0.1:{ports['nginx']}"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "KEDE_TEST_"))},
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secret_file.read_text().strip(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback; a real site ends TLS in nginx
            "DJANGO_SITE_URL": url,
            "DJANGO_CSRF_TRUSTED_ORIGINS": url,
            "DJANGO_TRUSTED_PROXIES": "1",  # nginx
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{ports['postgres']}/kede",
            "REDIS_URL": f"redis://127.0.0.1:{ports['redis']}/0",
            "DJANGO_MEDIA_ROOT": str(root / "media"),
            "DJANGO_PRIVATE_MEDIA_ROOT": str(root / "private"),
            "DJANGO_BACKUP_DIR": str(root / "backups"),
            "DJANGO_LOG_LEVEL": "WARNING",
            "WEB_CONCURRENCY": str(workers),
            **(extra_env or {}),
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)  # the production settings, never the test settings
        for folder in ("media", "private"):
            (root / folder).mkdir(exist_ok=True)
        (root / "private").chmod(0o700)
        stack = Stack(root=root, url=url, app_urls=[f"http://127.0.0.1:{p}" for p in app_ports], env=env)
        stack.ports = {**ports, "app": app_ports}

        redis_log = logs / "redis.log"
        redis = processes.popen(
            "redis",
            [REDIS, "--bind", "127.0.0.1", "--port", str(ports["redis"]), "--save", "", "--appendonly", "no",
             "--dir", str(root)],
            redis_log,
        )  # fmt: skip
        wait_until(lambda: port_open(ports["redis"]), "redis-server", redis, timeout=15, log=redis_log)
        stack.pids["redis"] = redis.pid
        stack.pids["postgres"] = _start_postgres(processes, root, ports["postgres"], throwaway)

        stack.manage("migrate", "--no-input", "-v0")
        stack.manage("compilemessages", "--ignore=.venv", "-v0")
        env["DJANGO_STATIC_ROOT"] = str(collected_static(env))
        if seed == "demo":
            stack.manage("seed_demo")
            stack.manage("createinitialrevisions")
        elif seed == "bench":
            # seed_bench refuses the site's own database (it runs itself again in a child process whose
            # DATABASE_URL is a separate bench database): here the stack's database *is* the bench database, so
            # this runs as that child would, on the stack's PostgreSQL and media root.
            subprocess.run(
                [sys.executable, "manage.py", "seed_bench"], cwd=ROOT, env={**env, SEED_BENCH_CHILD: "1"}, check=True,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip

        servers = []
        for number, port in enumerate(app_ports, 1):
            log = logs / f"gunicorn-{port}.log"
            server = processes.popen(
                f"gunicorn-{port}",
                [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF), "kede_site.wsgi"],
                log,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_LOG_LEVEL": "warning"},
            )
            servers.append((port, server, log))
            stack.pids[f"app{number}"] = server.pid
        for port, server, log in servers:
            wait_until(lambda port=port: http_ok(f"http://127.0.0.1:{port}/healthz"), "gunicorn", server, log=log)
        nginx = _start_nginx(processes, root, ports["nginx"], env, app_ports)
        stack.pids["nginx"] = nginx.pid
        wait_until(lambda: http_ok(f"{url}/healthz"), "nginx → gunicorn", nginx, timeout=15)
        if not quiet:
            print(f"Kede Group website, production settings: {url}/  (app servers: {', '.join(stack.app_urls)})")
        yield stack
    finally:
        processes.stop_all()
        if throwaway:
            shutil.rmtree(root, ignore_errors=True)


def _raise_on_sigterm(*_args):
    raise KeyboardInterrupt


def run(args):
    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    root = Path(args.dir).resolve()
    try:
        with prod_stack(seed=args.seed, root=root, workers=args.workers, quiet=False) as stack:
            (root / "stack.json").write_text(json.dumps(stack.describe(), indent=2))
            if args.seed == "demo":
                stack.manage("demo_admin", "--port", str(stack.ports["nginx"]), show=True)
            print(f"Logs and data: {root}. Ctrl-C stops everything.", flush=True)
            children = {name: pid for name, pid in stack.pids.items() if name != "postgres"}
            while True:
                time.sleep(1)
                for name, pid in children.items():
                    if not Path(f"/proc/{pid}").exists() or _zombie(pid):
                        raise StackError(f"{name} (pid {pid}) stopped; see {root / 'logs'}")
    except KeyboardInterrupt:
        print("\nStopping …", flush=True)
    finally:
        (root / "stack.json").unlink(missing_ok=True)
    print("Stopped.")


def _zombie(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def start(args):
    root = Path(args.dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    if (root / "prod.pid").exists() and Path(f"/proc/{(root / 'prod.pid').read_text().strip()}").exists():
        sys.exit(f"already running (pid {(root / 'prod.pid').read_text().strip()}); scripts/prod.py stop")
    (root / "stack.json").unlink(missing_ok=True)
    command = [sys.executable, __file__, "run", "--dir", str(root), "--seed", args.seed, "--workers", str(args.workers)]
    with open(root / "prod.log", "ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (root / "prod.pid").write_text(str(process.pid))
    wait_until(lambda: (root / "stack.json").exists(), "the stack", process, timeout=600, log=root / "prod.log")
    print(json.loads((root / "stack.json").read_text())["url"])


def stop(args):
    root = Path(args.dir).resolve()
    pid_file = root / "prod.pid"
    if not pid_file.exists():
        print("not running")
        return
    pid = int(pid_file.read_text())
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        while Path(f"/proc/{pid}").exists() and not _zombie(pid):
            time.sleep(0.2)
    pid_file.unlink()
    print("stopped")


def status(args):
    state = Path(args.dir).resolve() / "stack.json"
    if not state.exists():
        print("not running")
        sys.exit(3)
    described = json.loads(state.read_text())
    print(json.dumps(described, indent=2))
    if not all(Path(f"/proc/{pid}").exists() for pid in described["pids"].values()):
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("action", nargs="?", default="run", choices=["run", "start", "stop", "status"])
    parser.add_argument("--seed", default=os.environ.get("SEED", "demo"), choices=SEEDS)
    parser.add_argument("--dir", default=os.environ.get("PROD_DIR", str(STATE_DIR)))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("PROD_WORKERS", "2")))
    args = parser.parse_args()
    try:
        {"run": run, "start": start, "stop": stop, "status": status}[args.action](args)
    except StackError as error:
        sys.exit(f"scripts/prod.py: {error}")


if __name__ == "__main__":
    main()
