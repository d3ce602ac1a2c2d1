"""The spam defence in a real browser: people never meet the honeypot, robots that fill it store nothing."""

import pytest

from tests.core import urls_antispam

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls("tests.core.urls_antispam")]


@pytest.fixture(autouse=True)
def _form_settings(settings):
    settings.FORM_MIN_FILL_SECONDS = 0  # Playwright types faster than any person
    settings.FORM_RATE_LIMIT = "5/10m"
    urls_antispam.RECEIVED.clear()
    yield
    urls_antispam.RECEIVED.clear()


def test_a_person_never_sees_or_tabs_into_the_honeypot_and_gets_through(phone_page):
    page = phone_page
    page.goto("/test-message/")
    trap = page.get_by_label("请勿填写此栏")  # what a screen reader announces
    box = trap.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0  # off screen
    page.get_by_label("Name").fill("王工")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "message"
    page.keyboard.type("想了解破碎锤的价格")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"  # the honeypot was skipped
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "thanks" in page.content()
    assert [r["name"] for r in urls_antispam.RECEIVED] == ["王工"]


def test_a_robot_that_fills_every_field_lands_back_on_the_empty_form(desktop_page):
    page = desktop_page
    page.goto("/test-message/")
    for field in page.locator("input[type=text], textarea").all():
        field.fill("http://cheap-pills.example", force=True)
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.get_by_role("button").click()
    assert posted.value.status == 302
    page.wait_for_load_state()
    assert page.url.endswith("/test-message/")
    assert page.get_by_label("Name").input_value() == ""
    assert page.locator(".errorlist").count() == 0
    assert urls_antispam.RECEIVED == []
