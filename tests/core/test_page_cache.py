"""The anonymous page cache: fast repeat visits, never a stale or private page."""

import re
import secrets

import pytest
from django.conf import settings
from django.test import Client

from news.factories import ArticleFactory, NewsCategoryFactory
from pages.factories import PageFactory, SiteSettingsFactory
from products.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def about():
    SiteSettingsFactory()
    return PageFactory(title="集团介绍", slug="about")


def test_second_anonymous_visit_is_a_cache_hit(client, about):
    first = client.get("/about/")
    second = client.get("/about/")
    assert "X-Cache" not in first
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_saving_content_retires_cached_pages(client, about):
    client.get("/about/")
    about.title = "科德集团简介"
    about.save()
    response = client.get("/about/")
    assert "X-Cache" not in response
    assert "科德集团简介" in response.content.decode()


def test_logged_in_staff_never_get_or_fill_the_cache(client, admin_user, about):
    client.force_login(admin_user)
    client.get("/about/")
    assert "X-Cache" not in client.get("/about/")
    client.logout()
    assert "X-Cache" not in client.get("/about/")  # nothing the staff member saw was stored


def test_languages_are_cached_separately(client, about):
    client.get("/about/")
    english = client.get("/en/about/")
    assert "X-Cache" not in english
    assert 'lang="en"' in english.content.decode()


def test_404_and_redirects_are_not_cached(client, about):
    client.get("/nope/")
    assert "X-Cache" not in client.get("/nope/")


def test_security_headers_are_sent_on_cached_pages_too(client, about):
    client.get("/about/")
    response = client.get("/about/")
    assert response["X-Cache"] == "hit"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_public_pages_load_nothing_from_outside_the_site(client, about):
    policy = client.get("/about/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy


def hit(response):
    return response.get("X-Cache") == "hit"


# Responses for one visitor are never stored.


@pytest.mark.urls("tests.core.urls_page_cache")
def test_two_fresh_visitors_can_each_submit_a_form(about):
    for name in ["first", "second"]:
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get("/form/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
        sent = visitor.post("/form/", {"csrfmiddlewaretoken": token, "name": name})
        assert sent.status_code == 200, f"the {name} visitor's submission was refused"
        assert sent.content.decode() == f"sent by {name}"
        assert not hit(page), f"the {name} visitor got a cached form"


@pytest.mark.urls("tests.core.urls_page_cache")
@pytest.mark.parametrize("path", ["/sets-cookie/", "/writes-session/", "/no-store/"])
def test_a_response_meant_for_one_visitor_is_not_stored(client, about, path):
    client.get(path)
    assert not hit(Client().get(path))


@pytest.mark.urls("tests.core.urls_page_cache")
def test_a_visitor_with_a_pending_message_sees_it_and_nobody_else_does(client, about):
    client.get("/about/")
    visitor = Client()
    page = visitor.get("/adds-message/", follow=True)
    assert not hit(page) and "Your settings were saved." in page.content.decode()
    assert hit(client.get("/about/"))
    assert "Your settings were saved." not in client.get("/about/").content.decode()


# Made-up cookies do not bypass the cache.


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_a_made_up_cookie_still_gets_the_cached_page(client, about, cookie):
    client.get("/about/")
    visitor = Client()
    visitor.cookies[cookie] = secrets.token_hex(16)
    response = visitor.get("/about/")
    assert hit(response)
    assert response.content == client.get("/about/").content


def test_a_visitor_with_session_data_is_not_served_from_the_cache(client, about):
    client.get("/about/")
    visitor = Client()
    session = visitor.session
    session["cart"] = ["KD-68S"]
    session.save()
    visitor.cookies["sessionid"] = session.session_key
    assert not hit(visitor.get("/about/"))


# The key: the parameters a view reads, the scheme.


def test_tracking_parameters_share_the_plain_pages_entry(client, about):
    client.get("/")
    for n in range(300):
        assert hit(client.get(f"/?utm_source=campaign-{n}")), n
    assert hit(client.get("/"))
    client.get("/about/")
    assert hit(client.get("/about/?utm_medium=email&from=weibo"))


@pytest.mark.urls("tests.core.urls_page_cache")
def test_a_view_that_declares_no_parameters_is_not_cached_with_a_query_string(client, about):
    client.get("/undeclared/")
    assert hit(client.get("/undeclared/"))
    first = client.get("/undeclared/?x=1")
    second = client.get("/undeclared/?x=1")
    assert not hit(first) and not hit(second)
    assert second.content == b"x=1"


def test_the_pages_of_a_list_are_cached_apart(client, about):
    category = NewsCategoryFactory(slug="company")
    for n in range(14):
        ArticleFactory(category=category, title=f"第{n}条新闻", slug=f"item-{n}")
    one, two = client.get("/news/?page=1"), client.get("/news/?page=2")
    assert not hit(two) and one.content != two.content
    again = client.get("/news/?utm_source=mail&page=2")
    assert hit(again) and again.content == two.content


def test_finder_searches_are_cached_apart_and_keep_no_tracking_parameter(client, catalog):
    big = client.get("/products/search/?q=KD-68S")
    small = client.get("/products/search/?q=KD-45S")
    assert not hit(small)
    assert "KD-68S" in big.content.decode() and "KD-68S" not in small.content.decode().split('<main id="main"')[1]
    assert hit(client.get("/products/search/?utm_campaign=spring&q=KD-45S"))
    for n in range(13):
        ProductFactory(category=catalog["side"], name=f"批量破碎锤{n}", model_number=f"KB-{n}", slug=f"kb-{n}")
    results = client.get("/products/search/?type=breakers&utm_source=mail").content.decode()
    assert "page=2" in results and "utm_source" not in results


def test_http_and_https_pages_are_cached_apart(client, about):
    client.get("/about/")
    secure = client.get("/about/", secure=True)
    assert not hit(secure)
    # The addresses in the page are the site's (DJANGO_SITE_URL) whichever scheme the request came by.
    assert f'rel="canonical" href="{settings.SITE_URL}/about/"' in secure.content.decode()
    assert hit(client.get("/about/", secure=True))


# The health check.


def test_health_check_is_never_served_from_the_cache(client, about):
    first, second = client.get("/healthz"), client.get("/healthz")
    assert not hit(first) and not hit(second)
    assert "no-store" in second["Cache-Control"]
