"""Site-wide checks: migrations, the sitemap's pages, translations, query budgets."""

import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.factories import BannerFactory, HonorFactory, PageFactory, PartnerBrandFactory, SiteSettingsFactory
from pages.models import Page
from tests.english import translate_titles
from tests.sitemaps import local, sitemap_entries

ROOT = Path(__file__).resolve().parent.parent
QUERY_BUDGET = 10


@pytest.fixture
def site(db, catalog):
    """A small but complete site: settings, all nine sections with sub-pages, banners, honors, brands, a catalog."""
    SiteSettingsFactory()
    about = PageFactory(title="集团介绍", nav_title="关于科德", slug="about", menu_includes_self=True)
    for slug in ["culture", "rd", "production", "factory", "strengths"]:
        PageFactory(slug=slug, parent=about)
    PageFactory(title="荣誉资质", slug="honors", parent=about, layout=Page.Layout.HONORS)
    for section in ["products", "applications", "news", "repair", "service", "careers", "contact", "extra"]:
        root = PageFactory(slug=section, layout=Page.Layout.CONTACT if section == "contact" else "standard")
        PageFactory(slug="sub-a", parent=root)
        PageFactory(slug="sub-b", parent=root)
    for _ in range(3):
        BannerFactory()
    for _ in range(12):
        HonorFactory()
    for _ in range(7):
        PartnerBrandFactory()
    translate_titles()  # every page in all three languages of the sitemap


def test_no_missing_migrations(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def sitemap_paths(client):
    return [local(loc) for loc, _lastmod, _alternates in sitemap_entries(client)]


def test_every_sitemap_url_answers_200_with_one_h1(client, site):
    paths = sitemap_paths(client)
    assert "/" in paths and "/about/honors/" in paths and "/en/about/honors/" in paths
    assert "/products/breakers-side/kd-68s/" in paths and "/products/buckets-rock/" in paths
    assert len(paths) == len(set(paths)), "a page is listed twice"
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.content.decode().count("<h1") == 1, path


@pytest.mark.parametrize(
    "path", ["/", "/about/", "/about/honors/", "/contact/", "/en/about/culture/", "/zh-hant/about/"]
)
def test_public_page_query_budget(client, site, django_assert_max_num_queries, path):
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(path)
    assert response.status_code == 200


def test_home_page_query_count_does_not_grow_with_content(client, site):
    with CaptureQueriesContext(connection) as small:
        client.get("/")
    for _ in range(3):  # three more of each show a query per item as well as thirty did (and draw 80 fewer images)
        HonorFactory()
        BannerFactory()
        PartnerBrandFactory()
    for n in range(3):
        PageFactory(slug=f"more-{n}", parent=Page.objects.get(path="about/"))
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        client.get("/")
    assert len(large) == len(small) <= QUERY_BUDGET


def test_repeat_anonymous_visit_is_served_from_cache_without_queries(client, site, django_assert_num_queries):
    client.get("/about/")
    with django_assert_num_queries(0):
        response = client.get("/about/")
    assert response["X-Cache"] == "hit"


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_chinese_translation_is_complete(language):
    catalogue = polib.pofile(str(ROOT / f"locale/{language}/LC_MESSAGES/django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_zh_hant_catalogue_is_the_zh_hans_one_converted(tmp_path):
    """scripts/make_zh_hant.py (``make messages``) writes what is committed: every message, converted."""
    shutil.copytree(ROOT / "locale/zh_Hans", tmp_path / "zh_Hans")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/make_zh_hant.py"), str(tmp_path)], check=True, capture_output=True
    )
    simplified = polib.pofile(str(ROOT / "locale/zh_Hans/LC_MESSAGES/django.po"))
    fresh = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.pofile(str(tmp_path / "zh_Hant/LC_MESSAGES/django.po"))
    }
    committed = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.pofile(str(ROOT / "locale/zh_Hant/LC_MESSAGES/django.po"))
    }
    assert committed == fresh, "run `make messages` (scripts/make_zh_hant.py)"
    assert set(committed) == {(e.msgctxt, e.msgid) for e in simplified if not e.obsolete}
    assert committed[(None, "Content")] == "內容"


def test_translation_catalogue_covers_every_string_in_the_code(tmp_path):
    """makemessages on a copy of the code finds no string the committed catalogue lacks."""
    if not shutil.which("xgettext"):
        pytest.skip("gettext is not installed")
    copy = tmp_path / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "media", "private_media", "staticfiles", "*.sqlite3", "__pycache__"
        ),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--ignore=.venv", "--no-obsolete", "-v0"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    fresh = {entry.msgid for entry in polib.pofile(str(copy / "locale/zh_Hans/LC_MESSAGES/django.po"))}
    committed = {entry.msgid for entry in polib.pofile(str(ROOT / "locale/zh_Hans/LC_MESSAGES/django.po"))}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"
