"""The sitemap and robots.txt: every public object once per language with its alternates and lastmod, nothing
unpublished, scheduled or closed, every address on DJANGO_SITE_URL whatever Host the request names."""

import datetime
from collections import Counter

from django.conf import settings as django_settings
from django.utils import timezone

from tests.seo.conftest import SITE
from tests.sitemaps import local, section_documents, sitemap_entries

LANGUAGES = [code for code, _name in django_settings.LANGUAGES]


def paths_in(language, entries):
    prefix = "" if language == django_settings.LANGUAGE_CODE else f"/{language}"
    return {local(loc) for loc, _lastmod, _alternates in entries if local(loc).startswith(prefix + "/")}


def test_the_index_lists_each_section_on_the_site_address_even_with_a_forged_host(client, public_site):
    documents = section_documents(client, host="evil.example")
    sections = [url for url, _document in documents]
    assert sections == [
        f"{SITE}/sitemap-{name}.xml"
        for name in ["pages", "categories", "products", "cases", "videos", "articles", "openings"]
    ]
    entries = sitemap_entries(client, host="evil.example")
    for loc, _lastmod, alternates in entries:
        assert loc.startswith(SITE + "/"), loc
        assert all(href.startswith(SITE + "/") for href in alternates.values()), loc
    assert "evil.example" not in client.get("/sitemap-products.xml", headers={"host": "evil.example"}).content.decode()


def test_every_public_object_is_listed_once_per_language_with_alternates(client, public_site):
    entries = sitemap_entries(client)
    counts = Counter(loc for loc, _lastmod, _alternates in entries)
    assert [loc for loc, count in counts.items() if count > 1] == []
    objects = [
        public_site["kd68"], public_site["kd140"], public_site["side"], public_site["article"],
        public_site["article"].category, public_site["case"], public_site["job"],
    ]  # fmt: skip
    paths = {local(loc) for loc in counts}
    for language in LANGUAGES:
        prefix = "" if language == django_settings.LANGUAGE_CODE else f"/{language}"
        for item in objects:
            assert prefix + item.get_absolute_url() in paths, (language, item)
        for path in ["/", "/about/", "/about/culture/", "/products/", "/applications/videos/", "/news/"]:
            assert prefix + path in paths, (language, path)
    by_loc = {loc: alternates for loc, _lastmod, alternates in entries}
    product = public_site["kd68"].get_absolute_url()
    expected = {"zh-Hans": SITE + product, "zh-Hant": SITE + "/zh-hant" + product, "en": SITE + "/en" + product,
                "x-default": SITE + product}  # fmt: skip
    assert by_loc[SITE + product] == expected and by_loc[SITE + "/en" + product] == expected


def test_drafts_scheduled_articles_and_closed_openings_are_not_listed(client, public_site):
    paths = {local(loc) for loc, _lastmod, _alternates in sitemap_entries(client)}
    for hidden in [
        "/about/draft-page/", public_site["draft_article"].get_absolute_url(),
        public_site["scheduled"].get_absolute_url(), "/applications/cases/draft-case/",
        "/careers/jobs/closed-one/", "/careers/jobs/draft-job/", public_site["kd45"].get_absolute_url(),
    ]:  # fmt: skip
        assert hidden not in paths and f"/en{hidden}" not in paths, hidden
        assert client.get(hidden).status_code in (200, 404)  # closed openings still answer, unlisted


def test_a_scheduled_article_joins_the_sitemap_when_its_time_comes(client, public_site):
    scheduled = public_site["scheduled"]
    assert scheduled.get_absolute_url() not in {local(loc) for loc, *_ in sitemap_entries(client)}
    scheduled.publish_at = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.save()
    assert scheduled.get_absolute_url() in {local(loc) for loc, *_ in sitemap_entries(client)}


def test_objects_carry_their_last_change_as_lastmod(client, public_site):
    entries = {local(loc): lastmod for loc, lastmod, _alternates in sitemap_entries(client)}
    for item in [public_site["kd68"], public_site["article"], public_site["case"], public_site["job"]]:
        assert entries[item.get_absolute_url()] == timezone.localtime(item.updated_at).date().isoformat()


def test_a_section_page_out_of_range_is_404(client, public_site):
    assert client.get("/sitemap-products.xml?p=2").status_code == 404
    assert client.get("/sitemap-products.xml?p=x").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_big_section_is_split_into_pages_the_index_lists(client, public_site, monkeypatch):
    from products.sitemaps import ProductSitemap

    monkeypatch.setattr(ProductSitemap, "limit", 2)
    index = client.get("/sitemap.xml").content.decode()
    # 3 published products × one address per language, two to a file
    files = -(-3 * len(LANGUAGES) // 2)
    assert f"{SITE}/sitemap-products.xml?p={files}</loc>" in index and f"?p={files + 1}" not in index
    assert client.get(f"/sitemap-products.xml?p={files}").status_code == 200


def test_robots_txt_disallows_search_finder_compare_and_lookups_in_every_language(client, settings, db):
    settings.SITE_URL, settings.ALLOWED_HOSTS = SITE, ["*"]
    settings.ADMIN_URL = "backoffice/"
    body = client.get("/robots.txt", headers={"host": "evil.example", "accept-language": "en"}).content.decode()
    lines = body.splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /backoffice/" in lines and "Disallow: /admin/" not in lines
    for path in ["/search/", "/products/search/", "/products/compare/", "/careers/status/", "/repair/status/"]:
        for language in LANGUAGES:
            prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
            assert f"Disallow: {prefix}{path}" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines and "evil" not in body
    assert "Disallow: /\n" not in body and "Disallow: /en/\n" not in body  # the site itself stays open
