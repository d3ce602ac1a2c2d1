"""A foreign dealer reads a product in English, switches to Chinese (简体, 繁體) and back, on the same product."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_switching_language_on_a_product_page_keeps_the_product(phone_page, catalog):
    page = phone_page
    product = catalog["kd68"]
    path = product.get_absolute_url()
    page.goto("/en" + path)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text(product.name)
    switcher = page.locator("nav.lang-switch")
    expect(switcher.get_by_role("link", name="English")).to_have_attribute("aria-current", "true")

    switcher.get_by_role("link", name="简体").click()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.locator("h1")).to_contain_text(product.name)

    page.locator("nav.lang-switch").get_by_role("link", name="繁體").click()
    expect(page).to_have_url(re.compile(re.escape("/zh-hant" + path) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
    expect(page.locator("h1")).to_contain_text("破碎錘")  # 侧置式液压破碎锤, converted

    page.locator("nav.lang-switch").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(re.escape("/en" + path) + "$"))
    expect(page.locator("h1")).to_contain_text(product.name)
