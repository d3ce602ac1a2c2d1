"""deploy/nginx/kede.conf against a real nginx (Debian's): uploads are never served as pages.

Without /usr/sbin/nginx these tests are skipped on a developer's machine and fail when CI is set.
"""

import http.client
import itertools
import json
import os
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from core.storage import private_storage
from products.factories import ProductFactory
from tests.core.test_static_files import collect_static

NGINX = os.environ.get("KEDE_NGINX", "/usr/sbin/nginx")
# brotli_static (Debian's libnginx-mod-http-brotli-static); Debian's nginx.conf loads it from modules-enabled.
BROTLI_MODULE = os.environ.get("KEDE_NGINX_BROTLI", "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
TEMPLATE = Path(settings.BASE_DIR) / "deploy" / "nginx" / "kede.conf"
POLYGLOT = b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"
SECRET = b"%PDF-1.4\nZhang San, private phone 13800000000\n%%EOF\n"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Upstream(BaseHTTPRequestHandler):
    """Stands in for gunicorn: answers 404 with the headers nginx forwarded, as JSON.

    Under /page/ it answers 200 with the Cache-Control of ``?cc=`` (and a cookie with ``&cookie=1``), and
    a body that differs on every answer: the same body twice means the second came from nginx's cache.
    """

    answers = itertools.count()

    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        body = json.dumps({"path": self.path, "headers": dict(self.headers), "answer": next(self.answers)}).encode()
        self.send_response(200 if self.path.startswith("/page/") else 404)
        if "cc" in query:
            self.send_header("Cache-Control", query["cc"][0])
        if "cookie" in query:
            self.send_header("Set-Cookie", "csrftoken=abc; Path=/")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nginx(tmp_path):
    """nginx running the rendered template on a free port, media and private roots under tmp_path."""
    for program, package in [(NGINX, "nginx"), (BROTLI_MODULE, "libnginx-mod-http-brotli-static")]:
        if not os.path.exists(program):
            message = f"{program} not found (apt-get install {package})"
            if os.environ.get("CI"):
                pytest.fail(message + " — CI must test the nginx config", pytrace=False)
            pytest.skip(message)
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    root = tmp_path.resolve()
    (root / "static").mkdir()
    site = (
        TEMPLATE.read_text()
        .replace("@SERVER_NAME@", "localhost")
        .replace("@LISTEN@", f"127.0.0.1:{port}")
        .replace("@MEDIA_ROOT@", str(settings.MEDIA_ROOT))
        .replace("@STATIC_ROOT@", str(root / "static"))
        .replace("@CACHE_ROOT@", str(root / "cache"))
        .replace("@UPSTREAM@", f"127.0.0.1:{upstream.server_address[1]}")
    )
    assert not [line for line in site.splitlines() if "@" in line.split("#", 1)[0]], "a placeholder is left"
    prefix = root / "nginx"
    prefix.mkdir()
    (prefix / "kede.conf").write_text(site)
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp_paths = "".join(f" {kind}_temp_path {prefix}/{kind};\n" for kind in kinds)
    main = f"load_module {BROTLI_MODULE};\n"
    main += "user root;\n" if os.geteuid() == 0 else ""  # the workers must read files under tmp_path
    main += "worker_processes 1;\nevents { worker_connections 64; }\n"
    main += f"http {{\n access_log off;\n{temp_paths} include {prefix}/kede.conf;\n}}\n"
    (prefix / "nginx.conf").write_text(main)
    process = subprocess.Popen(
        [NGINX, "-e", "stderr", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g",
         f"daemon off; pid {prefix}/nginx.pid; error_log {prefix}/error.log;"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("nginx did not start:\n" + process.communicate()[0].decode(), pytrace=False)
            time.sleep(0.05)

    def get(path, **headers):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", path, headers={"Host": "localhost", **headers})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response, body

    yield get
    process.terminate()
    process.wait(timeout=10)
    upstream.shutdown()
    upstream.server_close()


def assert_sandboxed_download(response, content_type):
    assert response.getheader("Content-Type") == content_type
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Content-Disposition") == "attachment"
    assert response.getheader("Content-Security-Policy") == "sandbox"


@pytest.mark.django_db
def test_a_polyglot_brochure_is_served_as_a_sandboxed_pdf_download(nginx):
    product = ProductFactory(brochure=SimpleUploadedFile("catalogue.pdf", POLYGLOT))
    response, body = nginx(f"/media/{product.brochure.name}")
    assert response.status == 200 and body == POLYGLOT
    assert_sandboxed_download(response, "application/pdf")


def test_an_html_file_in_the_media_root_is_opaque_bytes(nginx):
    media = Path(settings.MEDIA_ROOT)
    (media / "brochures").mkdir(parents=True)
    (media / "brochures" / "evil.html").write_bytes(POLYGLOT)
    (media / "evil.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    for path in ("/media/brochures/evil.html", "/media/evil.svg"):
        response, _body = nginx(path)
        assert response.status == 200
        assert_sandboxed_download(response, "application/octet-stream")


def test_images_and_video_show_inline_but_sandboxed(nginx):
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True)
    (media / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    (media / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    for path, content_type in (("/media/photo.jpg", "image/jpeg"), ("/media/clip.mp4", "video/mp4")):
        response, _body = nginx(path)
        assert response.getheader("Content-Type") == content_type
        assert response.getheader("Content-Disposition") is None
        assert response.getheader("Content-Security-Policy") == "sandbox"
        assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_nothing_under_the_private_root_is_served(nginx):
    name = private_storage.save("resumes/resume.pdf", SimpleUploadedFile("resume.pdf", SECRET))
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    relative = os.path.relpath(private / name, settings.MEDIA_ROOT)  # ../private/resumes/resume.pdf
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    (media / "leak.pdf").symlink_to(private / name)
    paths = [
        f"/media/{relative}",
        f"/media/{relative.replace('..', '%2e%2e')}",
        f"/static/{relative}",
        f"/{private.name}/{name}",
        "/media/leak.pdf",
    ]
    for path in paths:
        response, body = nginx(path)
        assert response.status in (403, 404), path
        assert b"13800000000" not in body, path


def test_the_rest_goes_to_the_app_with_the_client_address_and_scheme(nginx):
    response, body = nginx("/news/")
    forwarded = json.loads(body)
    assert response.status == 404 and forwarded["path"] == "/news/"
    assert forwarded["headers"]["X-Forwarded-For"] == "127.0.0.1"
    assert forwarded["headers"]["X-Forwarded-Proto"] == "http"
    assert forwarded["headers"]["Host"] == "localhost"


def test_static_files_go_out_precompressed_and_hashed_names_are_kept_a_year(nginx, tmp_path):
    paths = collect_static(tmp_path / "static")
    hashed = paths["css/site.css"]
    plain = (tmp_path / "static" / hashed).read_bytes()
    for encoding, suffix in [("br", ".br"), ("gzip", ".gz"), ("gzip, deflate, br", ".br")]:
        response, body = nginx(f"/static/{hashed}", **{"Accept-Encoding": encoding})
        assert response.status == 200 and response.getheader("Content-Encoding") == suffix[1:].replace("gz", "gzip")
        assert body == (tmp_path / "static" / f"{hashed}{suffix}").read_bytes(), encoding
        assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
        assert response.getheader("Vary") == "Accept-Encoding"
        assert response.getheader("Content-Type") == "text/css"
        assert response.getheader("X-Content-Type-Options") == "nosniff"
    response, body = nginx(f"/static/{hashed}")
    assert response.getheader("Content-Encoding") is None and body == plain
    response, body = nginx("/static/css/site.css", **{"Accept-Encoding": "br"})  # the unhashed copy
    assert response.status == 200 and response.getheader("Cache-Control") == "public, max-age=3600"
    (tmp_path / "secret.css").write_bytes(SECRET)
    (tmp_path / "static" / "css" / "leak.css").symlink_to(tmp_path / "secret.css")
    for encoding in ("", "br", "gzip"):
        response, body = nginx("/static/css/leak.css", **{"Accept-Encoding": encoding})
        assert response.status in (403, 404) and b"13800000000" not in body


def test_the_readme_shows_the_media_rules_of_the_config():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    section = readme.split("### Deployment: serving /media/ safely", 1)[1].split("\n## ", 1)[0]
    config = TEMPLATE.read_text()
    for rule in [
        "location /media/ {",
        "alias @MEDIA_ROOT@/;",
        "disable_symlinks on from=$document_root;",
        "default_type application/octet-stream;",
        'add_header X-Content-Type-Options "nosniff" always;',
        'add_header Content-Security-Policy "sandbox" always;',
        "add_header Content-Disposition $kede_media_disposition always;",
    ]:
        assert rule in section and rule in config, rule
    assert "PRIVATE_MEDIA_ROOT" not in config.split("upstream kede_app", 1)[1]  # only the header comment names it


# proxy_cache_valid 200 1s; nginx counts whole seconds, so an entry lives 1 to 2 s.
MICRO_CACHE_SECONDS = 2
PUBLIC = "?cc=public,+max-age=0,+s-maxage=60"


@pytest.mark.parametrize(
    ("path", "headers", "kept"),
    [
        (f"/page/{PUBLIC}", {}, True),
        ("/page/?cc=private,+no-store", {}, False),
        ("/page/?cc=public,+private", {}, False),  # a forged mix: private wins
        ("/page/?cc=public,+no-cache", {}, False),
        ("/page/", {}, False),  # says nothing: not stored (the app marks what may be kept)
        (f"/page/{PUBLIC}&cookie=1", {}, False),  # sets a cookie
        (f"/page/{PUBLIC}", {"Cookie": "sessionid=abc"}, False),  # a signed-in visitor (or one with a session)
        (f"/page/{PUBLIC}", {"Cookie": "theme=dark; csrftoken=abc"}, False),  # has a CSRF token
        (f"/page/{PUBLIC}", {"Cookie": "messages=abc"}, False),
        (f"/page/{PUBLIC}", {"Authorization": "Basic YTpi"}, False),
        (f"/admin/{PUBLIC}", {}, False),  # whatever the admin says
        (f"/en/service/message/{PUBLIC}", {}, False),  # the service and careers desks, in any language
        (f"/careers/status/{PUBLIC}", {}, False),
        (f"/repair/request/thanks/{PUBLIC}", {}, False),
    ],
)
def test_the_micro_cache_keeps_only_public_answers_to_cookieless_visitors(nginx, path, headers, kept):
    first, first_body = nginx(path, **headers)
    second, second_body = nginx(path, **headers)
    assert (second_body == first_body) is kept
    assert second.getheader("X-Cache-Status") == ("HIT" if kept else first.getheader("X-Cache-Status"))
    if not kept:
        # Nor does such an answer fill the cache for the next, cookie-less visitor.
        plain, plain_body = nginx(path)
        assert plain_body not in (first_body, second_body)


def test_a_micro_cached_page_is_kept_one_second(nginx):
    _response, body = nginx(f"/page/{PUBLIC}&ttl")
    assert nginx(f"/page/{PUBLIC}&ttl")[1] == body  # the app's s-maxage=60 is for a CDN, not here
    time.sleep(MICRO_CACHE_SECONDS + 0.5)
    response, fresh = nginx(f"/page/{PUBLIC}&ttl")
    assert fresh != body and response.getheader("X-Cache-Status") == "EXPIRED"
