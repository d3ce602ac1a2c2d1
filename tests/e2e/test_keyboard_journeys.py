"""Keyboard only: the header's drop-down menus and the product gallery (issue 12, WCAG 2.1.1 and 1.4.13);
reduced motion stops the page's transitions and smooth scrolling (WCAG 2.3.3)."""

import re

import pytest
from playwright.sync_api import expect

from core.factories import image_file
from pages.factories import BannerFactory, PageFactory, SiteSettingsFactory
from products.models import ProductImage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_content():
    SiteSettingsFactory()
    about = PageFactory(title="集团介绍", nav_title="关于科德", slug="about", menu_includes_self=True)
    PageFactory(title="科德文化", slug="culture", parent=about)
    PageFactory(title="发展历程", slug="history", parent=about)
    PageFactory(title="产品中心", slug="products")


def tab_to(page, name, limit=60):
    """Press Tab until the focused element's accessible text is ``name``; the keyboard's way there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("() => (document.activeElement.textContent || '').trim()") == name:
            return page.locator(":focus")
    raise AssertionError(f"{name!r} is not reachable with Tab")


def focused_text(page):
    return page.evaluate("() => document.activeElement.textContent.trim()")


def test_header_menu_opens_by_tab_moves_by_arrows_closes_by_escape_and_follows_enter(desktop_page, site_content):
    page = desktop_page
    page.goto("/")
    section = tab_to(page, "关于科德")
    menu = page.locator(".nav__item--has-menu", has=section).locator(".nav__menu")
    expect(menu).to_be_visible()  # focus opens it, as hovering does

    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    assert focused_text(page) == "关于科德"  # the focus stays where it was

    page.keyboard.press("ArrowDown")
    expect(menu).to_be_visible()
    assert focused_text(page) == "集团介绍"
    page.keyboard.press("ArrowDown")
    assert focused_text(page) == "科德文化"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert focused_text(page) == "关于科德"

    page.keyboard.press("Tab")  # Tab walks through the open menu too
    page.keyboard.press("Tab")
    assert focused_text(page) == "科德文化"
    expect(menu.get_by_role("link", name="科德文化")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/about/culture/$"))
    expect(page.locator("h1")).to_have_text("科德文化")


def test_leaving_a_menu_closed_by_escape_lets_it_open_again(desktop_page, site_content):
    page = desktop_page
    page.goto("/")
    section = tab_to(page, "关于科德")
    menu = page.locator(".nav__item--has-menu", has=section).locator(".nav__menu")
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(menu).to_be_visible()


@pytest.fixture
def gallery_product(catalog):
    SiteSettingsFactory()
    product = catalog["kd68"]
    product.cover = image_file("cover.jpg", (1200, 900))
    product.save()
    for order, alt in enumerate(["破碎锤侧面", "破碎锤在矿山作业"], start=1):
        ProductImage.objects.create(
            product=product, image=image_file(f"g{order}.jpg", (1200, 900)), alt=alt, order=order
        )
    return product


def slide_shown(page):
    """The index of the slide the gallery's scroller shows."""
    return page.evaluate(
        """() => {
            const box = document.querySelector('.gallery-viewer__slides');
            return Math.round(box.scrollLeft / box.clientWidth);
        }"""
    )


def test_product_gallery_is_usable_by_keyboard_only(desktop_page, gallery_product):
    page = desktop_page
    page.goto(gallery_product.get_absolute_url())
    assert slide_shown(page) == 0
    # The slides take the focus, and the arrow keys scroll them.
    slides = page.locator(".gallery-viewer__slides")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('gallery-viewer__slides')"):
            break
    expect(slides).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "() => Math.round(document.querySelector('.gallery-viewer__slides').scrollLeft) > 0", timeout=5_000
    )
    # The thumbnails are links: Tab reaches them, Enter shows their image.
    thumb = tab_to_label(page, "Image 3", "图片 3")
    page.keyboard.press("Enter")
    page.wait_for_function(
        """() => {
            const box = document.querySelector('.gallery-viewer__slides');
            return Math.round(box.scrollLeft / box.clientWidth) === 2;
        }""",
        timeout=5_000,
    )
    assert page.evaluate("() => document.activeElement.getAttribute('aria-current')") == "true"
    expect(thumb).to_be_focused()  # the focus stays on the thumbnail, to go on to the next one


def tab_to_label(page, *names, limit=20):
    for _ in range(limit):
        page.keyboard.press("Tab")
        label = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
        if label in names:
            return page.locator(f'.gallery-viewer__thumbs a[aria-label="{label}"]')
    raise AssertionError(f"{names} not reachable with Tab")


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_stops_transitions_and_smooth_scrolling(browser, live_server, site_content, motion):
    BannerFactory(title="液压破碎锤")
    BannerFactory(title="快换装置")
    context = browser.new_context(
        base_url=live_server.url, reduced_motion=motion, viewport={"width": 1366, "height": 900}
    )
    page = context.new_page()
    page.goto("/")
    style = page.evaluate(
        """() => {
            const track = getComputedStyle(document.querySelector('.carousel__track'));
            const link = getComputedStyle(document.querySelector('.nav__link'));
            return [track.scrollBehavior, link.transitionDuration];
        }"""
    )
    assert style == (["auto", "0s"] if motion == "reduce" else ["smooth", "0.15s, 0.15s"])
    context.close()
