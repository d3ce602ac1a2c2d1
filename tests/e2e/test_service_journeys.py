"""A buyer sends an inquiry from a product page; a customer on a phone requests a repair with a photo and
looks its status up; a visitor without JavaScript filters the sales network by province."""

import re

import pytest
from playwright.sync_api import expect

from core.factories import image_file
from pages.factories import PageFactory, SiteSettingsFactory
from products.factories import CategoryFactory, ProductFactory
from service.factories import OfficeFactory
from service.models import Message, RepairRequest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def service_site(settings):
    settings.FORM_MIN_FILL_SECONDS = 0  # the browser fills the form faster than a person
    SiteSettingsFactory(email="service@kedegroup.cn")
    for root, children in (("repair", ("process", "request")), ("service", ("after-sales", "message")),
                           ("contact", ("network",))):  # fmt: skip
        parent = PageFactory(title=root, slug=root)
        for slug in children:
            PageFactory(title=slug, slug=slug, parent=parent)
    OfficeFactory(name="长沙办事处", province="hunan", city="长沙", provinces_covered=["hunan", "jiangxi"])
    OfficeFactory(name="广州办事处", province="guangdong", city="广州", provinces_covered=["guangdong"])
    breakers = CategoryFactory(name="破碎锤", slug="breakers")
    return ProductFactory(name="KD-68破碎锤", slug="kd-68", category=breakers)


def test_a_buyer_sends_an_inquiry_from_a_product_page_and_sees_the_reference(desktop_page, service_site):
    page = desktop_page
    page.goto(service_site.get_absolute_url())
    page.get_by_role("link", name="在线询价").first.click()
    expect(page).to_have_url(re.compile(r"/service/message/\?product=kd-68$"))
    expect(page.locator("[data-inquiry-products]")).to_contain_text("KD-68破碎锤")
    page.fill("#id_name", "张先生")
    page.fill("#id_phone", "138 1234 5678")
    page.select_option("#id_province", "jiangxi")
    page.fill("#id_subject", "报价")
    page.fill("#id_body", "请报价，配三一SY215。")
    page.get_by_role("button", name="提交询价").click()
    expect(page).to_have_url(re.compile(r"/service/message/thanks/$"))
    message = Message.objects.get()
    expect(page.locator("[data-reference]")).to_have_text(message.reference)
    assert message.kind == "inquiry" and [p.slug for p in message.products.all()] == ["kd-68"]
    assert message.office.name == "长沙办事处"


def test_a_customer_on_a_phone_requests_a_repair_with_a_photo_and_looks_up_its_status(
    phone_page, service_site, settings
):
    page = phone_page
    page.goto("/repair/")
    page.get_by_role("link", name="在线申请维修").first.click()
    expect(page).to_have_url(re.compile(r"/repair/request/$"))
    page.fill("#id_contact_name", "李师傅")
    page.fill("#id_phone", "139 2345 6789")
    page.select_option("#id_province", "hunan")
    page.select_option("#id_equipment_type", label="破碎锤")
    page.fill("#id_brand_model", "科德 KD-140")
    page.fill("#id_fault", "打击无力，漏油。")
    photo = image_file("IMG_2041.jpg", (1200, 900)).read()
    page.set_input_files("#id_photos", files=[{"name": "IMG_2041.jpg", "mimeType": "image/jpeg", "buffer": photo}])
    page.get_by_role("button", name="提交维修申请").click()
    expect(page).to_have_url(re.compile(r"/repair/request/thanks/$"))
    repair = RepairRequest.objects.get()
    expect(page.locator("[data-reference]")).to_have_text(repair.reference)
    stored = repair.photos.get()
    assert (settings.PRIVATE_MEDIA_ROOT / stored.image.name).is_file()

    page.get_by_role("link", name="查询维修进度").click()
    expect(page).to_have_url(re.compile(r"/repair/status/$"))
    page.fill("#id_reference", repair.reference.lower())
    page.fill("#id_phone", "13900000000")  # the wrong phone first
    page.get_by_role("button", name="查询进度").click()
    expect(page.locator(".message--error")).to_contain_text("没有找到")
    page.fill("#id_reference", repair.reference)
    page.fill("#id_phone", "13923456789")
    page.get_by_role("button", name="查询进度").click()
    expect(page.locator("[data-status]")).to_have_text("新申请")


def test_a_visitor_without_javascript_filters_the_sales_network_by_province(browser, live_server, service_site):
    context = browser.new_context(base_url=live_server.url, locale="zh-CN", java_script_enabled=False)
    page = context.new_page()
    page.goto("/contact/network/")
    expect(page.locator("[data-office]")).to_have_count(2)
    page.select_option("#id_province", "jiangxi")
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(r"/contact/network/\?province=jiangxi$"))
    expect(page.locator("[data-office]")).to_have_count(1)
    expect(page.locator("[data-office]")).to_contain_text("长沙办事处")
    expect(page.locator("[data-network-result]")).to_contain_text("江西省")
    expect(page.locator("#id_province")).to_have_value("jiangxi")
    context.close()
