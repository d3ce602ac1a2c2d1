"""Browser journeys: Playwright for Python driving Debian's Chromium against a live server.

No browser is downloaded. Without /usr/bin/chromium the journeys are skipped on a
developer's machine, and fail when CI is set (CI must run them).
"""

import os
import re
import shutil

import pytest

CHROMIUM = os.environ.get("KEDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

# Playwright's sync API runs an event loop in this thread; the tests still talk to
# the database synchronously, which Django otherwise refuses inside a loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run the browser journeys", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="zh-CN", **PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="zh-CN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


STAFF_PASSWORD = "pw-staff-123"


@pytest.fixture
def staff_page(browser, live_server, django_user_model):
    """``staff_page("Editors", next="/admin/news/article/add/")``: a desktop page signed in to the admin as a
    new member of that group (username: the group's name in lower case), already on ``next``."""
    from django.contrib.auth.models import Group
    from playwright.sync_api import expect

    contexts = []

    def sign_in(group, next="/admin/"):
        username = group.lower()
        user = django_user_model.objects.create_user(username, password=STAFF_PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        context = browser.new_context(base_url=live_server.url, locale="zh-CN", viewport={"width": 1366, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"/admin/login/?next={next}")
        page.fill("#id_username", username)
        page.fill("#id_password", STAFF_PASSWORD)
        page.locator("input[type=submit]").click()
        expect(page).to_have_url(re.compile(re.escape(next) + "$"))
        return page

    yield sign_in
    for context in contexts:
        context.close()
