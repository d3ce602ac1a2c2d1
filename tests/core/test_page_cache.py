"""The anonymous page cache: fast repeat visits, never a stale or private page."""

import pytest

from pages.factories import PageFactory, SiteSettingsFactory

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
