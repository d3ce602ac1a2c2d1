"""A visitor on a phone searches the whole site from the header box and opens a product."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.factories import ArticleFactory
from pages.factories import PageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shop(catalog):
    PageFactory(title="产品中心", slug="products")
    ArticleFactory(
        title="破碎锤使用与保养要点",
        body="<p>每班作业前检查破碎锤蓄能器压力。</p>",
        publish_at=timezone.now() - datetime.timedelta(days=1),
    )
    return catalog


def test_phone_search_from_the_header_then_open_a_product(phone_page, shop):
    page = phone_page
    page.goto("/news/")
    box = page.get_by_role("searchbox", name="全站搜索")
    expect(box).to_be_visible()
    box.fill("破碎锤")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=%E7%A0%B4%E7%A2%8E%E9%94%A4$"))
    products = page.locator("#search-group-products").locator("..")
    expect(products.locator("mark").first).to_have_text("破碎锤")
    expect(page.locator("#search-group-articles")).to_contain_text("新闻动态")
    products.get_by_role("link", name=re.compile("侧置式液压破碎锤")).click()
    expect(page.locator("h1")).to_have_text("侧置式液压破碎锤")


def test_header_search_works_without_javascript(browser, live_server, shop):
    from tests.e2e.conftest import PHONE

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto("/en/")
    page.get_by_role("searchbox", name="Search the site").fill("KD 68")
    page.locator(".header-search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=KD\+68$"))
    expect(page.locator(".search-hit__title").first).to_contain_text("KD-68")
    context.close()
