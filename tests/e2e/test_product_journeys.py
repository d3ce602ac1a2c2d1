"""A contractor on a phone finds, opens and compares attachments."""

import re

import pytest
from playwright.sync_api import expect

from pages.factories import PageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shop(catalog):
    PageFactory(title="产品中心", slug="products")
    return catalog


def test_phone_finder_type_then_subcategory_then_product_spec_table(phone_page, shop):
    page = phone_page
    page.goto("/products/")
    finder = page.locator("[data-finder]")
    finder.locator("[data-finder-type]").select_option("breakers")
    sub = finder.locator("[data-finder-sub]")
    # The subcategory list follows the chosen type: buckets' subcategories are hidden.
    expect(sub.locator('optgroup[data-type="buckets"]')).to_have_attribute("hidden", "")
    sub.select_option("breakers-side")
    finder.get_by_role("button", name="搜索产品").click()
    expect(page).to_have_url(re.compile(r"/products/search/\?type=breakers&sub=breakers-side"))
    expect(page.locator("[data-finder-type]")).to_have_value("breakers")
    expect(page.locator("[data-finder-sub]")).to_have_value("breakers-side")
    page.get_by_role("link", name="侧置式液压破碎锤").click()
    expect(page.locator("h1")).to_have_text("侧置式液压破碎锤")
    table = page.locator(".spec-table")
    expect(table).to_contain_text("工作重量 (kg)")
    expect(table).to_contain_text("1650")


def test_finder_works_without_javascript(browser, live_server, shop):
    from tests.e2e.conftest import PHONE

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto("/products/")
    page.locator("[data-finder-sub]").select_option("breakers-top")
    page.locator("[data-finder]").get_by_role("button", name="搜索产品").click()
    expect(page.locator(".product-card")).to_have_count(1)
    expect(page.locator(".product-card")).to_contain_text("三角形静音破碎锤")
    context.close()


def test_phone_finder_keyword_finds_a_product_saved_after_the_first_search(phone_page, shop):
    from products.factories import ProductFactory

    page = phone_page
    page.goto("/products/")
    finder = page.locator("[data-finder]")
    finder.locator("#finder-q").fill("kd 68 s")
    finder.get_by_role("button", name="搜索产品").click()
    expect(page.locator(".product-card")).to_have_count(1)
    expect(page.locator(".product-card")).to_contain_text("侧置式液压破碎锤")
    ProductFactory(name="重型液压破碎锤", model_number="KD-99", category=shop["side"], is_published=True)
    page.locator("[data-finder] #finder-q").fill("KD-99")
    page.locator("[data-finder]").get_by_role("button", name="搜索产品").click()
    expect(page.locator(".product-card")).to_have_count(1)
    expect(page.locator(".product-card")).to_contain_text("重型液压破碎锤")


def test_compare_two_products_side_by_side(desktop_page, shop):
    page = desktop_page
    page.goto("/products/breakers-side/")
    page.get_by_label("对比").nth(0).check()
    page.get_by_label("对比").nth(1).check()
    page.get_by_role("button", name=re.compile("对比勾选的产品")).click()
    expect(page).to_have_url(re.compile(r"/products/compare/\?ids=\d+,\d+$"))
    table = page.locator(".compare-table")
    expect(table.locator("thead th")).to_have_count(2)
    expect(table.locator("tr.differs")).to_have_count(4)  # the tonnage row, from the fitment range, too
    expect(table.locator("tr.differs").first.locator("mark")).to_have_text("不同")
    expect(table).to_contain_text("1650")
    expect(table).to_contain_text("320")


def test_fitment_finder_by_brand_and_tonnage(phone_page, shop):
    page = phone_page
    page.goto("/products/")
    page.get_by_label("挖掘机品牌").select_option("komatsu")
    page.get_by_label("挖掘机工作重量（吨）").fill("20")
    page.get_by_role("button", name="查看适配属具").click()
    expect(page).to_have_url(re.compile(r"brand=komatsu&tonnes=20"))
    cards = page.locator(".product-card")
    expect(cards).to_have_count(1)
    expect(cards).to_contain_text("侧置式液压破碎锤")
