"""Redis down: the site keeps serving pages and forms without the cache, logs it once, and caches again when
Redis is back (core.cache_backends.ResilientRedisCache)."""

import logging
import time

import pytest
from django.core.cache import cache
from django.test import Client

from core.antispam import started_token
from pages.factories import PageFactory, SiteSettingsFactory
from tests.core import urls_antispam

from .servers import RedisServer

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.core.urls_antispam")]

RETRY_AFTER = 0.3


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site_on_redis(settings, redis_server):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "kede-outage",
            "RETRY_AFTER": RETRY_AFTER,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
    SiteSettingsFactory()
    PageFactory(title="集团介绍", slug="about")
    urls_antispam.RECEIVED.clear()
    yield redis_server
    urls_antispam.RECEIVED.clear()


def page(client):
    started = time.monotonic()
    response = client.get("/about/")
    assert time.monotonic() - started < 1
    return response


def submit(client):
    data = {"name": "王工", "message": "想了解破碎锤的价格", "started": started_token(seconds_ago=30)}
    return client.post("/test-message/", data)


def cache_warnings(caplog):
    return [record.getMessage() for record in caplog.records if record.name == "kede.cache"]


def test_pages_and_forms_are_served_while_redis_is_down_and_cached_again_when_it_returns(site_on_redis, caplog):
    caplog.set_level(logging.WARNING, logger="kede.cache")
    client = Client()
    page(client)
    assert page(client)["X-Cache"] == "hit"

    site_on_redis.stop()
    for _ in range(3):
        response = page(client)
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "集团介绍" in response.content.decode()
    assert submit(Client()).content == b"thanks"
    assert len(urls_antispam.RECEIVED) == 1
    warnings = cache_warnings(caplog)
    assert len(warnings) == 1, warnings  # once for the outage, not once per request
    assert warnings[0].startswith("Cache unreachable (ConnectionError)")

    site_on_redis.start()
    time.sleep(RETRY_AFTER + 0.1)
    page(client)
    assert page(client)["X-Cache"] == "hit"
    assert cache_warnings(caplog)[-1].startswith("Cache reachable again")
    assert len(cache_warnings(caplog)) == 2


def test_the_rate_limit_counts_again_once_redis_is_back(site_on_redis, settings):
    settings.FORM_RATE_LIMITS = {"test-message": "2/1h"}
    site_on_redis.stop()
    client = Client()
    # Failing open: the honeypot and the fill time still guard the form, and visitors are not turned away.
    assert [submit(client).status_code for _ in range(3)] == [200, 200, 200]

    site_on_redis.start()
    time.sleep(RETRY_AFTER + 0.1)
    assert [submit(client).status_code for _ in range(3)] == [200, 200, 429]


def test_a_down_cache_answers_like_an_empty_one_and_asks_redis_again_only_after_the_interval(site_on_redis):
    cache.set("kede:probe", 1)
    site_on_redis.stop()
    assert cache.get("kede:probe", "missing") == "missing"
    assert cache.add("kede:probe", 2) is False
    assert cache.get_many(["kede:probe"]) == {}
    assert cache.set_many({"kede:probe": 3}) == ["kede:probe"]
    with pytest.raises(ValueError):
        cache.incr("kede:probe")
    site_on_redis.start()
    assert cache.get("kede:probe", "missing") == "missing"  # still within the interval: Redis is not asked
    time.sleep(RETRY_AFTER + 0.1)
    assert cache.get("kede:probe") is None  # a fresh Redis: asked, and empty
    cache.set("kede:probe", 4)
    assert cache.get("kede:probe") == 4
