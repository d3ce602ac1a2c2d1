"""The spam defence of the public forms (core.antispam): honeypot, fill time, signed stamp, rate limit, 429."""

import re
import time

import pytest
from django.core import signing
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from freezegun import freeze_time

from core.antispam import started_token
from pages.factories import SiteSettingsFactory
from tests.core import urls_antispam
from tests.core.urls_antispam import MessageForm

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.core.urls_antispam")]

URL = "/test-message/"


@pytest.fixture(autouse=True)
def _fresh(settings):
    urls_antispam.RECEIVED.clear()
    settings.TRUSTED_PROXIES = 0
    settings.FORM_MIN_FILL_SECONDS = 3
    settings.FORM_RATE_LIMIT = "5/10m"
    settings.FORM_RATE_LIMITS = {}
    SiteSettingsFactory()
    yield
    urls_antispam.RECEIVED.clear()


def message(**extra):
    return {"name": "王工", "message": "想了解破碎锤的价格", "started": started_token(seconds_ago=30), **extra}


def post(client, data, url=URL, **kwargs):
    return client.post(url, data, **kwargs)


def started_in(response):
    return re.search(r'name="started" value="([^"]+)"', response.content.decode()).group(1)


# The form ------------------------------------------------------------------------------------------------


def test_the_honeypot_is_off_screen_out_of_the_tab_order_and_labelled_leave_empty(client):
    html = client.get(URL).content.decode()
    trap = re.search(r"<div class=\"field-trap\">(.*?)</div>", html, re.S).group(1)
    assert "请勿填写此栏" in trap  # the label a screen reader reads
    assert re.search(r'<input[^>]*name="website"', trap)
    assert 'autocomplete="off"' in trap and 'tabindex="-1"' in trap
    assert "required" not in trap
    assert re.search(r'<input type="hidden" name="started" value="[^"]+"', html)


def test_a_human_submission_is_accepted(client):
    response = post(client, message())
    assert response.content == b"thanks"
    assert [(r["name"], r["message"]) for r in urls_antispam.RECEIVED] == [("王工", "想了解破碎锤的价格")]


@pytest.mark.parametrize("bait", ["http://cheap-pills.example", " ", "x"])
def test_a_filled_honeypot_is_spam_stores_nothing_and_gets_a_neutral_redirect(client, bait):
    response = post(client, message(website=bait))
    assert response.status_code == 302
    assert response["Location"] == URL  # back to the form, no message, nothing that tells a robot it failed
    assert urls_antispam.RECEIVED == []
    follow = client.get(response["Location"])
    assert follow.status_code == 200 and "errorlist" not in follow.content.decode()


def test_a_view_may_send_robots_elsewhere(client):
    response = post(client, message(website="spam"), url="/test-landing/")
    assert response["Location"] == "/test-done/"
    assert urls_antispam.RECEIVED == []


def test_the_form_says_is_spam_after_is_valid():
    form = MessageForm(data=message(website="http://spam.example"))
    assert form.is_valid() and form.is_spam
    form = MessageForm(data=message())
    assert form.is_valid() and not form.is_spam


def test_spam_with_other_errors_is_shown_the_form_and_stores_nothing(client):
    response = post(client, message(website="spam", name=""))
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert urls_antispam.RECEIVED == []


def test_a_too_fast_submit_asks_to_check_and_send_again_and_the_retry_passes(client):
    with freeze_time("2026-11-25 10:00:00"):
        data = message(started=started_token())
        first = post(client, data)
        html = first.content.decode()
        assert first.status_code == 200
        assert "提交得太快了" in html
        assert 'value="王工"' in html  # the visitor's entries stay filled in
        assert urls_antispam.RECEIVED == []
        assert started_in(first) == data["started"]  # the stamp is kept, so waiting is enough
    with freeze_time("2026-11-25 10:00:04"):
        second = post(client, {**data, "started": started_in(first)})
    assert second.content == b"thanks"
    assert len(urls_antispam.RECEIVED) == 1


@pytest.mark.parametrize(
    "started",
    [
        pytest.param(None, id="missing"),
        pytest.param("", id="empty"),
        pytest.param("1732500000", id="unsigned-number"),
        pytest.param("garbage:stamp:value", id="garbage"),
        pytest.param("tampered", id="tampered-signature"),
        pytest.param("other-salt", id="signed-for-something-else"),
        pytest.param("old", id="more-than-a-day-old"),
        pytest.param("signed-long-ago", id="signed-more-than-a-day-ago"),
    ],
)
def test_a_missing_tampered_or_stale_stamp_is_an_error_and_a_fresh_one_is_issued(client, started):
    token = started_token(seconds_ago=30)
    values = {
        "tampered": token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"),
        "other-salt": signing.dumps(time.time() - 30),
        "old": started_token(seconds_ago=24 * 60 * 60 + 5),
    }
    with freeze_time("2026-11-24 09:00:00"):
        values["signed-long-ago"] = started_token()
    data = message()
    if started is None:
        del data["started"]
    else:
        data["started"] = values.get(started, started)
    response = post(client, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "无法验证" in html
    assert urls_antispam.RECEIVED == []
    fresh = started_in(response)
    assert fresh != data.get("started")
    assert signing.loads(fresh, salt="core.antispam.started", max_age=60)


def test_a_stamp_from_the_future_is_too_fast(client):
    response = post(client, message(started=started_token(seconds_ago=-3600)))
    assert "提交得太快了" in response.content.decode()
    assert urls_antispam.RECEIVED == []


def test_the_minimum_fill_time_is_a_setting(client, settings):
    settings.FORM_MIN_FILL_SECONDS = 60
    assert "提交得太快了" in post(client, message()).content.decode()  # 30 seconds: too fast now
    settings.FORM_MIN_FILL_SECONDS = 0
    assert post(client, message(started=started_token())).content == b"thanks"


def test_a_post_without_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    response = post(client, message())
    assert response.status_code == 403
    assert urls_antispam.RECEIVED == []


# The rate limit ------------------------------------------------------------------------------------------


def test_the_sixth_post_in_ten_minutes_gets_a_styled_chinese_429(client):
    answers = [post(client, message()).status_code for _ in range(5)]
    assert 429 not in answers
    response = post(client, message())
    assert response.status_code == 429
    html = response.content.decode()
    assert "提交次数过多" in html
    assert "<h1" in html and "css/site.css" in html  # the site's own page, not a bare error
    assert 1 <= int(response["Retry-After"]) <= 600 + 5
    assert "no-store" in response["Cache-Control"]
    assert len(urls_antispam.RECEIVED) == 5
    assert client.get(URL).status_code == 200  # reading the form is never limited


def test_every_post_counts_invalid_and_spam_ones_too(client):
    for data in (message(name=""), message(website="spam"), message(started="x"), message(), message()):
        assert post(client, data).status_code != 429
    assert post(client, message()).status_code == 429


def test_the_window_ends_and_the_visitor_may_post_again(client):
    with freeze_time("2026-11-25 10:00:00") as clock:
        for _ in range(5):
            post(client, message())
        assert post(client, message()).status_code == 429
        clock.tick(11 * 60)
        # the cache's own expiry does not follow the frozen clock: the window's key changes instead
        assert post(client, message()).status_code != 429


def test_addresses_behind_one_trusted_proxy_are_counted_apart(client, settings):
    settings.TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(5):
        assert post(client, message(), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code != 429
        assert post(client, message(), HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code != 429
    assert post(client, message(), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 429
    # A forged entry in front of the proxy's own does not buy a new address.
    assert post(client, message(), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9", **proxy).status_code == 429
    assert post(client, message(), HTTP_X_FORWARDED_FOR="192.0.2.44", **proxy).status_code != 429


def test_a_forged_forwarded_for_without_trusted_proxies_is_one_client(client):
    for n in range(5):
        assert post(client, message(), HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code != 429
    assert post(client, message(), HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


def test_scopes_are_counted_apart_and_each_may_have_its_own_rate(client, settings):
    for _ in range(5):
        post(client, message())
    assert post(client, message()).status_code == 429
    settings.FORM_RATE_LIMITS = {"test-other": "2/1h"}
    assert post(client, message(), url="/test-other/").content == b"thanks"
    assert post(client, message(), url="/test-other/").content == b"thanks"
    assert post(client, message(), url="/test-other/").status_code == 429


def test_the_limit_counts_in_a_shared_redis_cache(client, settings, redis_url):
    settings.CACHES = {
        "default": {
            "BACKEND": "tests.redis_cache.PrefixedRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "kede-test-antispam",
        }
    }
    from django.core.cache import cache

    cache.clear()
    try:
        for _ in range(5):
            assert post(client, message()).status_code != 429
        assert post(client, message()).status_code == 429
        assert Client().post(URL, message()).status_code == 429  # another browser, the same address
    finally:
        cache.clear()


def test_a_view_without_a_scope_is_a_configuration_error(client):
    with pytest.raises(ImproperlyConfigured):
        post(client, message(), url="/test-unscoped/")


@pytest.mark.parametrize("rate", ["lots", "5/10x", "0/1m", "5 per minute", 5])
def test_a_malformed_rate_fails_the_system_check(settings, rate):
    settings.FORM_RATE_LIMITS = {"careers-apply": rate}
    assert "core.E002" in {message.id for message in run_checks()}


def test_the_configured_rates_pass_the_system_check(settings):
    settings.FORM_RATE_LIMITS = {"careers-apply": "10/1h", "service-message": "3/30s"}
    assert "core.E002" not in {message.id for message in run_checks()}
