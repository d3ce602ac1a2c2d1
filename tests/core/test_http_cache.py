"""HTTP caching of anonymous pages: ETag, Cache-Control, 304s, and never a shared copy of a personal page."""

import datetime
import re

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import middleware
from core.middleware import AnonymousPageCacheMiddleware
from core.models import PublicContentModel
from news.factories import ArticleFactory
from pages.factories import PageFactory, SiteSettingsFactory
from pages.models import SiteSettings
from service.factories import OfficeFactory, RepairStepFactory
from service.models import Office, RepairStep

from .test_content_version import MAKERS as CONTENT_MAKERS

pytestmark = pytest.mark.django_db

# Every public content model and how to make one; the first test keeps this complete.
MAKERS = {**CONTENT_MAKERS, Office: OfficeFactory, RepairStep: RepairStepFactory}


@pytest.fixture
def about():
    SiteSettingsFactory()
    return PageFactory(title="集团介绍", slug="about")


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def revalidate(client, path, etag, **extra):
    return client.get(path, HTTP_IF_NONE_MATCH=etag, **extra)


# What a shared cache and a browser are told.


def test_an_anonymous_page_carries_a_weak_etag_and_a_short_shared_lifetime(client, about, settings):
    settings.PAGE_CACHE_MAX_AGE = 45
    first, second = client.get("/about/"), client.get("/about/")
    assert re.fullmatch(r'W/"[0-9a-f]{32}"', first["ETag"])
    assert second["ETag"] == first["ETag"] and second["X-Cache"] == "hit"
    assert directives(first) == directives(second) == {"public", "max-age=0", "s-maxage=45"}
    assert "Cookie" in first["Vary"] and "Cookie" in second["Vary"]
    assert "Last-Modified" not in first  # a second is too coarse: two saves in one second would look alike


def test_a_conditional_get_is_a_304_from_the_cache_without_a_body_or_a_query(client, about):
    etag = client.get("/about/")["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = revalidate(client, "/about/", etag)
    assert response.status_code == 304 and response.content == b""
    assert len(queries) == 0
    assert response["ETag"] == etag and "s-maxage=60" in response["Cache-Control"] and "Cookie" in response["Vary"]
    assert response["X-Cache"] == "hit"
    # The second time too, and HEAD shares GET's ETag.
    assert revalidate(client, "/about/", etag).status_code == 304
    assert client.head("/about/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_conditional_get_after_the_entry_expired_is_still_a_304(client, about):
    etag = client.get("/about/")["ETag"]
    request = RequestFactory().get("/about/")
    request.LANGUAGE_CODE = "zh-hans"
    key, same_etag = AnonymousPageCacheMiddleware._key(request, ())
    assert same_etag == etag and cache.delete(key)
    response = revalidate(client, "/about/", etag)
    assert response.status_code == 304 and "X-Cache" not in response and response["ETag"] == etag
    assert revalidate(client, "/about/", etag)["X-Cache"] == "hit"  # rendered once more and stored


def test_an_unknown_or_forged_etag_gets_the_whole_page(client, about):
    page = client.get("/about/")
    for etag in ['W/"0000"', '"not-ours"', page["ETag"].removeprefix("W/") + "x", "garbage"]:
        response = revalidate(client, "/about/", etag)
        assert response.status_code == 200 and "集团介绍" in response.content.decode(), etag
    assert revalidate(client, "/about/", f'W/"0000", {page["ETag"]}').status_code == 304  # a list matches any


def test_if_modified_since_alone_never_gets_a_304(client, about):
    client.get("/about/")
    future = "Fri, 01 Jan 2100 00:00:00 GMT"
    assert client.get("/about/", HTTP_IF_MODIFIED_SINCE=future).status_code == 200


def test_each_language_scheme_and_page_has_its_own_etag(client, about):
    PageFactory(title="联系我们", slug="contact-us")
    etags = {
        client.get("/about/")["ETag"],
        client.get("/en/about/")["ETag"],
        client.get("/about/", secure=True)["ETag"],
        client.get("/contact-us/")["ETag"],
    }
    assert len(etags) == 4
    chinese = client.get("/about/")["ETag"]
    english = revalidate(client, "/en/about/", chinese)
    assert english.status_code == 200 and 'lang="en"' in english.content.decode()


def test_tracking_parameters_share_the_plain_pages_etag(client, about):
    etag = client.get("/about/")["ETag"]
    assert revalidate(client, "/about/?utm_source=weibo", etag).status_code == 304


def test_a_shared_cache_keeps_no_page_past_the_next_scheduled_change(client, about):
    ArticleFactory(publish_at=timezone.now() + datetime.timedelta(seconds=30))
    client.get("/")  # the first request after a cold start looks up the deadline
    response = client.get("/about/")
    s_maxage = int(next(d for d in directives(response) if d.startswith("s-maxage="))[9:])
    assert 0 <= s_maxage <= 30


def test_a_views_own_longer_lifetime_stands(client, about):
    response = client.get("/robots.txt")
    assert {"public", "max-age=3600"} <= directives(response) and response["ETag"]


# Invalidation: every type of public content.


def public_content_models():
    return {model for model in apps.get_models() if issubclass(model, PublicContentModel)}


def test_every_public_content_model_is_tested_here():
    assert public_content_models() == set(MAKERS)


@pytest.mark.parametrize("model", list(MAKERS), ids=lambda model: model._meta.model_name)
def test_saving_or_deleting_each_kind_of_content_changes_the_etag(client, about, model):
    item = MAKERS[model]()
    first = client.get("/about/")
    assert revalidate(client, "/about/", first["ETag"]).status_code == 304  # the hit
    item.save()
    after_save = revalidate(client, "/about/", first["ETag"])
    assert after_save.status_code == 200 and "X-Cache" not in after_save  # the miss
    assert after_save["ETag"] != first["ETag"] and "集团介绍" in after_save.content.decode()
    assert revalidate(client, "/about/", after_save["ETag"]).status_code == 304  # stored again
    item.save()  # the second save retires that one too
    again = revalidate(client, "/about/", after_save["ETag"])
    assert again.status_code == 200 and again["ETag"] not in (first["ETag"], after_save["ETag"])
    if model is not SiteSettings:  # the one settings row cannot be deleted
        item.delete()
        gone = revalidate(client, "/about/", again["ETag"])
        assert gone.status_code == 200 and gone["ETag"] != again["ETag"]


def shown_models():
    """The public content with a page of its own and a title or name on it."""
    for model in MAKERS:
        fields = {field.name for field in model._meta.get_fields()}
        if hasattr(model, "get_absolute_url") and fields & {"title", "name"}:
            yield model


@pytest.mark.parametrize("model", list(shown_models()), ids=lambda model: model._meta.model_name)
def test_an_edit_reaches_a_visitor_who_revalidates_its_page(client, about, model):
    item = MAKERS[model]()
    url = item.get_absolute_url()
    first = client.get(url, follow=True)
    assert first.status_code == 200, url
    url = first.request["PATH_INFO"]
    etag = first["ETag"]
    assert revalidate(client, url, etag).status_code == 304
    field = "title" if hasattr(item, "title") else "name"
    setattr(item, field, "改过的名称XJ9")
    item.save()
    response = revalidate(client, url, etag)
    assert response.status_code == 200 and "改过的名称XJ9" in response.content.decode()


def test_site_settings_edits_reach_every_page(client, about):
    etag = client.get("/about/")["ETag"]
    site = SiteSettings.objects.get()
    site.phone = "0731-88886666"
    site.save()
    response = revalidate(client, "/about/", etag)
    assert response.status_code == 200 and "0731-88886666" in response.content.decode()


def test_a_new_release_retires_cached_pages_and_etags(client, about, settings):
    settings.RELEASE = "build-1"
    etag = client.get("/about/")["ETag"]
    settings.RELEASE = "build-2"
    response = revalidate(client, "/about/", etag)
    assert response.status_code == 200 and "X-Cache" not in response and response["ETag"] != etag


def test_the_code_digest_changes_with_a_template(settings, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "base.html").write_text("<title>科德</title>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [templates]}]
    middleware.code_digest.cache_clear()
    try:
        before = middleware.code_digest()
        middleware.code_digest.cache_clear()
        assert middleware.code_digest() == before  # the same files, the same digest
        (templates / "base.html").write_text("<title>科德集团</title>")
        middleware.code_digest.cache_clear()
        assert middleware.code_digest() != before
    finally:
        middleware.code_digest.cache_clear()


# Personal pages: never a shared copy, never an ETag.

FORM_PAGES = [
    "/careers/apply/",
    "/careers/status/",
    "/repair/request/",
    "/repair/status/",
    "/service/message/",
    "/en/careers/apply/",
    "/en/service/message/",
]


def assert_private(response, path):
    assert {"private", "no-store"} <= directives(response), path
    assert "public" not in directives(response), path
    assert "ETag" not in response and response.get("X-Cache") != "hit", path


@pytest.mark.parametrize("path", FORM_PAGES)
def test_every_form_page_is_private_and_never_answers_304(about, path):
    public_etag = Client().get("/about/")["ETag"]
    for _visit in range(2):
        visitor = Client()
        response = visitor.get(path)
        assert response.status_code == 200 and "csrfmiddlewaretoken" in response.content.decode(), path
        assert_private(response, path)
        assert revalidate(visitor, path, public_etag).status_code == 200
        assert revalidate(visitor, path, "*").status_code == 200


@pytest.mark.parametrize("path", ["/careers/apply/thanks/", "/repair/request/thanks/", "/service/message/thanks/"])
def test_thank_you_pages_are_never_shared(client, about, path):
    assert_private(client.get(path), path)


def test_the_admin_and_the_health_check_are_private(client, about):
    for path in ["/admin/login/", "/admin/", "/healthz"]:
        assert_private(client.get(path), path)


def test_a_logged_in_user_gets_every_page_private(client, admin_user, about):
    etag = Client().get("/about/")["ETag"]
    client.force_login(admin_user)
    for path in ["/about/", "/", "/news/", "/robots.txt", "/admin/"]:
        response = client.get(path)
        assert_private(response, path)
    assert revalidate(client, "/about/", etag).status_code == 200  # staff never get the anonymous copy


def test_a_visitor_with_session_data_gets_the_page_private(about):
    visitor = Client()
    session = visitor.session
    session["careers_status"] = 1
    session.save()
    visitor.cookies["sessionid"] = session.session_key
    assert_private(visitor.get("/about/"), "/about/")


@pytest.mark.urls("tests.core.urls_page_cache")
@pytest.mark.parametrize("path", ["/sets-cookie/", "/writes-session/", "/form/"])
def test_a_response_for_one_visitor_is_private(client, about, path):
    assert_private(client.get(path), path)


@pytest.mark.urls("tests.core.urls_page_cache")
def test_a_page_showing_a_pending_message_is_private(about):
    page = Client().get("/adds-message/", follow=True)
    assert "Your settings were saved." in page.content.decode()
    assert_private(page, "/about/ with a message")


def test_errors_and_a_moved_articles_redirect_are_not_shared(client, about):
    article = ArticleFactory(slug="new-breaker")
    moved = article.get_absolute_url().replace(article.category.slug, "old-category")
    for path, status in [("/nope/", 404), (moved, 301)]:
        response = client.get(path)
        assert response.status_code == status, path
        assert_private(response, path)
