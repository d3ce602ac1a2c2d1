"""Static files in production: hashed names, gzip and brotli written by collectstatic, kept a year by browsers."""

import gzip
import json
from pathlib import Path

import brotli
import pytest
from django.conf import settings
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def collect_static(root):
    """Our static files (static/, not the apps'), collected into ``root`` as production does;
    returns the manifest's original name → hashed name."""
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}
    finders = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    with override_settings(STATIC_ROOT=root, STORAGES=storages, STATICFILES_FINDERS=finders):
        call_command("collectstatic", interactive=False, verbosity=0)
    return json.loads((Path(root) / "staticfiles.json").read_text())["paths"]


def test_collectstatic_writes_gzip_and_brotli_beside_every_hashed_css_and_js(tmp_path):
    paths = collect_static(tmp_path)
    texts = [name for name in paths if name.endswith((".css", ".js"))]
    assert {"css/site.css", "js/site.js", "js/news.js"} <= set(texts)
    for name in texts:
        hashed = tmp_path / paths[name]
        assert hashed.name != Path(name).name
        original = hashed.read_bytes()
        assert brotli.decompress((tmp_path / f"{paths[name]}.br").read_bytes()) == original, name
        assert gzip.decompress((tmp_path / f"{paths[name]}.gz").read_bytes()) == original, name
    assert paths == collect_static(tmp_path)  # the second run changes no name


@pytest.fixture
def whitenoise(tmp_path):
    """WhiteNoise as it runs in production, over a freshly collected static root."""
    paths = collect_static(tmp_path)
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}
    with override_settings(
        DEBUG=False, STATIC_ROOT=tmp_path, STORAGES=storages, WHITENOISE_AUTOREFRESH=False, WHITENOISE_USE_FINDERS=False
    ):
        serve = WhiteNoiseMiddleware(lambda request: HttpResponse("not static", status=404))

    def get(path, encoding=""):
        response = serve(RequestFactory().get(path, HTTP_ACCEPT_ENCODING=encoding))
        return response, b"".join(response.streaming_content) if response.streaming else response.content

    get.paths = paths
    get.root = tmp_path
    return get


def test_a_hashed_stylesheet_goes_out_as_brotli_kept_for_a_year(whitenoise):
    hashed = whitenoise.paths["css/site.css"]
    response, body = whitenoise(f"/static/{hashed}", "gzip, deflate, br")
    assert response.status_code == 200 and response["Content-Encoding"] == "br"
    assert body == (whitenoise.root / f"{hashed}.br").read_bytes()
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "immutable"} <= cache_control
    assert int(next(part for part in cache_control if part.startswith("max-age="))[8:]) >= 31536000
    assert "Accept-Encoding" in response["Vary"]


def test_a_client_without_brotli_gets_gzip_and_one_without_either_the_plain_file(whitenoise):
    hashed = whitenoise.paths["js/site.js"]
    response, body = whitenoise(f"/static/{hashed}", "gzip")
    assert response["Content-Encoding"] == "gzip" and gzip.decompress(body) == (whitenoise.root / hashed).read_bytes()
    response, body = whitenoise(f"/static/{hashed}")
    assert "Content-Encoding" not in response and body == (whitenoise.root / hashed).read_bytes()


def test_an_unhashed_name_is_not_kept_for_a_year(whitenoise):
    response, _body = whitenoise("/static/css/site.css", "br")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
