"""Journeys a visitor makes through the site shell, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from pages.factories import BannerFactory, HonorFactory, PageFactory, PartnerBrandFactory, SiteSettingsFactory
from pages.models import Page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_content():
    SiteSettingsFactory()
    about = PageFactory(title="集团介绍", nav_title="关于科德", slug="about", menu_includes_self=True)
    PageFactory(title="科德文化", slug="culture", parent=about)
    PageFactory(title="荣誉资质", slug="honors", parent=about, layout=Page.Layout.HONORS)
    PageFactory(title="产品中心", slug="products")
    BannerFactory(title="液压破碎锤")
    BannerFactory(title="快换装置")
    HonorFactory(title="ISO 9001 质量管理体系认证", year=2018)
    HonorFactory(title="高新技术企业证书", year=2021)
    PartnerBrandFactory(name="沃尔沃")


def test_phone_visitor_opens_the_menu_and_finds_the_honors_gallery(phone_page, site_content):
    page = phone_page
    page.goto("/")
    nav = page.locator("#site-nav")
    expect(nav).to_be_hidden()
    toggle = page.locator(".menu-toggle")
    expect(toggle).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(nav).to_be_visible()
    nav.get_by_role("link", name="荣誉资质").click()
    expect(page).to_have_url(re.compile(r"/about/honors/$"))
    expect(page.locator("h1")).to_have_text("荣誉资质")
    gallery = page.locator(".gallery.honors")
    expect(gallery.locator("figure")).to_have_count(2)
    expect(gallery).to_contain_text("ISO 9001 质量管理体系认证")
    expect(page.locator(".breadcrumbs")).to_contain_text("关于科德")
    first_image = gallery.locator("img").first
    first_image.scroll_into_view_if_needed()
    expect(first_image).to_have_js_property("complete", True)
    assert first_image.evaluate("img => img.naturalWidth") > 0


def test_menu_works_without_javascript(browser, live_server, site_content):
    from tests.e2e.conftest import PHONE

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto("/")
    page.locator(".menu-toggle").click()
    expect(page.locator("#site-nav")).to_be_visible()
    page.locator("#site-nav").get_by_role("link", name="科德文化").click()
    expect(page.locator("h1")).to_have_text("科德文化")
    context.close()


def test_desktop_dropdown_opens_on_hover_and_escape_closes_phone_menu(desktop_page, site_content):
    page = desktop_page
    page.goto("/")
    section = page.locator(".nav__item--has-menu").first
    section.hover()
    expect(section.locator(".nav__menu").get_by_role("link", name="科德文化")).to_be_visible()


def test_banner_carousel_shows_the_first_slide_and_moves_by_its_dots(desktop_page, site_content):
    page = desktop_page
    page.goto("/")
    expect(page.locator(".carousel__slide").first).to_contain_text("液压破碎锤")
    page.locator("[data-carousel-dot]").nth(1).click()
    expect(page.locator("[data-carousel-dot]").nth(1)).to_have_attribute("aria-current", "true")


def test_navigation_marks_the_section_the_visitor_is_in(desktop_page, site_content):
    page = desktop_page
    page.goto("/about/culture/")
    current = page.locator('#site-nav .nav__link[aria-current="page"]')
    expect(current).to_have_count(1)
    expect(current).to_have_text("关于科德")


def test_contact_details_are_not_repeated_in_the_contact_page_sidebar(desktop_page, site_content):
    PageFactory(title="联系方式", slug="contact", layout=Page.Layout.CONTACT)
    page = desktop_page
    page.goto("/contact/")
    expect(page.locator(".contact-list")).to_have_count(2)  # the page body and the footer
    expect(page.locator(".contact-box")).to_have_count(0)


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_carousel_autoplays_only_when_motion_is_welcome(browser, live_server, site_content, motion):
    context = browser.new_context(
        base_url=live_server.url, reduced_motion=motion, viewport={"width": 1366, "height": 900}
    )
    page = context.new_page()
    page.goto("/")
    page.mouse.move(5, 890)  # away from the carousel: hovering pauses it
    second_dot = page.locator("[data-carousel-dot]").nth(1)
    if motion == "reduce":
        page.wait_for_timeout(7_000)
        expect(second_dot).not_to_have_attribute("aria-current", "true")
    else:
        expect(second_dot).to_have_attribute("aria-current", "true", timeout=9_000)
    context.close()


def test_carousel_autoplay_stops_and_starts_again_by_its_button(browser, live_server, site_content):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.clock.install()
    page.goto("/")
    page.mouse.move(5, 890)  # away from the carousel: hovering pauses it
    toggle = page.locator("[data-carousel-toggle]")
    expect(toggle).to_have_text("暂停轮播")
    toggle.click()
    expect(toggle).to_have_text("继续播放")
    page.locator("body").press("Tab")  # the focus leaves the button: that alone must not restart it
    page.mouse.move(5, 890)
    page.clock.run_for(20_000)
    second_dot = page.locator("[data-carousel-dot]").nth(1)
    expect(second_dot).not_to_have_attribute("aria-current", "true")
    toggle.click()
    expect(toggle).to_have_text("暂停轮播")
    page.mouse.move(5, 890)
    page.clock.run_for(7_000)
    expect(second_dot).to_have_attribute("aria-current", "true")
    context.close()


def test_carousel_has_no_stop_button_when_motion_is_unwelcome(browser, live_server, site_content):
    context = browser.new_context(base_url=live_server.url, reduced_motion="reduce")
    page = context.new_page()
    page.goto("/")
    expect(page.locator("[data-carousel-toggle]")).to_be_hidden()
    context.close()
