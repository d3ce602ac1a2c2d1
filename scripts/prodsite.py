"""A throw-away production-mode site for the measuring scripts (bench, lighthouse).

`production_site()` prepares a temporary SQLite database with the migrations and the
demo content, collects the static files as a deploy does, and serves it all with
gunicorn (DJANGO_DEBUG=0) on a free port of 127.0.0.1 until the block ends.
`nginx_front()` puts Debian's nginx with deploy/nginx/kede.conf in front of it, as in
production: /media/ and /static/ from disk, HTML gzipped (Debian's `gzip on`).
"""

import contextlib
import http.client
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def fetch(port, path):
    """GET path from 127.0.0.1:port; return (status, seconds)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    start = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - start
    connection.close()
    return response.status, elapsed


NGINX = "/usr/sbin/nginx"
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


def wait_for_port(port, process, name):
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    raise SystemExit(f"{name} did not start")


@contextlib.contextmanager
def nginx_front(port, work, front=None, workers=1):
    """Yield the port (``front``, else a free one) of an nginx with deploy/nginx/kede.conf before gunicorn on `port`."""
    front = front or free_port()
    prefix = work / "nginx"
    prefix.mkdir()
    site = (
        (ROOT / "deploy" / "nginx" / "kede.conf")
        .read_text()
        .replace("@SERVER_NAME@", "127.0.0.1")
        .replace("@LISTEN@", f"127.0.0.1:{front}")
        .replace("@MEDIA_ROOT@", str(work / "media"))
        .replace("@STATIC_ROOT@", str(work / "static"))
        .replace("@CACHE_ROOT@", str(prefix / "cache"))
        .replace("@UPSTREAM@", f"127.0.0.1:{port}")
    )
    (prefix / "kede.conf").write_text(site)
    temp_paths = "".join(
        f" {kind}_temp_path {prefix}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    main = f"load_module {BROTLI_MODULE};\n" + ("user root;\n" if os.geteuid() == 0 else "")
    main += f"worker_processes {workers};\nevents {{ worker_connections 256; }}\n"
    # Debian's nginx.conf includes the MIME types and turns gzip on (for text/html).
    main += "http {\n access_log off;\n include /etc/nginx/mime.types;\n gzip on;\n"
    main += f"{temp_paths} include {prefix}/kede.conf;\n}}\n"
    (prefix / "nginx.conf").write_text(main)
    process = subprocess.Popen(
        [NGINX, "-e", "stderr", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g",
         f"daemon off; pid {prefix}/nginx.pid; error_log {prefix}/error.log;"],
    )  # fmt: skip
    try:
        wait_for_port(front, process, "nginx")
        yield front
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def production_site(workers=2, public_port=None):
    """Yield (port, gunicorn process, work folder) of a freshly prepared production-mode site.

    ``public_port``: where visitors reach it (an nginx in front), for its site address (canonical links).

    The servers are stopped and the folder removed at the end, also on Ctrl-C or SIGTERM.
    """
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="kede-prod-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SITE_URL": f"http://127.0.0.1:{public_port or port}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{work / 'site.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(work / "private"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    print(f"Preparing a production-mode site in {work} …", flush=True)
    try:
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--no-input", "-v0")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "kede_site.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
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
        yield port, server, work
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
