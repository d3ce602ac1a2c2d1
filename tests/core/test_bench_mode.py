"""DJANGO_BENCH: make bench may render every request and count queries; without it nobody can bypass the cache."""

import pytest
from django.test import Client

from pages.factories import PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db
RENDER = {"HTTP_X_BENCH_RENDER": "1"}


@pytest.fixture
def about():
    SiteSettingsFactory()
    return PageFactory(title="集团介绍", slug="about")


def test_render_header_is_ignored_without_bench_mode(settings, about):
    settings.BENCH = False
    client = Client()
    client.get("/about/")
    forged = client.get("/about/", **RENDER)
    assert forged["X-Cache"] == "hit"
    assert "X-Bench-Queries" not in forged


def test_render_header_renders_every_request_in_bench_mode(settings, about):
    settings.BENCH = True
    client = Client()  # a new client builds the middleware chain with the setting on
    client.get("/about/")
    rendered = client.get("/about/", **RENDER)
    assert "X-Cache" not in rendered
    assert int(rendered["X-Bench-Queries"]) > 0
    assert client.get("/about/")["X-Cache"] == "hit"  # the plain request still gets the cache


def test_rendered_request_does_not_fill_the_cache(settings, about):
    settings.BENCH = True
    client = Client()
    client.get("/about/", **RENDER)
    client.get("/about/", **RENDER)
    assert "X-Cache" not in client.get("/about/")


def test_bench_query_count_header_counts_the_queries_of_a_cache_hit(settings, about):
    settings.BENCH = True
    client = Client()
    client.get("/about/")
    hit = client.get("/about/")
    assert hit["X-Cache"] == "hit"
    assert hit["X-Bench-Queries"] == "0"


def test_deploy_check_warns_while_bench_mode_is_on(settings):
    from django.core import checks

    settings.BENCH = True
    assert "core.W011" in [message.id for message in checks.run_checks(include_deployment_checks=True)]
    settings.BENCH = False
    assert "core.W011" not in [message.id for message in checks.run_checks(include_deployment_checks=True)]
