"""An editor writes and publishes an article in CKEditor 5; visitors read it and walk the category."""

import datetime
import io
import re

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from news.factories import ArticleFactory, NewsCategoryFactory
from news.models import Article
from pages.factories import PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def newsroom():
    SiteSettingsFactory()
    PageFactory(title="新闻动态", slug="news")
    return {
        "company": NewsCategoryFactory(name="公司新闻", slug="company", order=1),
        "technical": NewsCategoryFactory(name="技术资料", slug="technical", order=2),
    }


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (18, 58, 99)).save(buffer, "PNG")
    return buffer.getvalue()


def test_editor_writes_an_article_in_ckeditor_and_a_visitor_reads_it(browser, live_server, newsroom, staff_page):
    page = staff_page("Editors", next="/admin/news/article/add/")
    context = page.context

    page.fill("#id_title_zh_hans", "科德发布新款液压剪")
    page.fill("#id_slug", "new-hydraulic-shear")
    page.select_option("#id_category", str(newsroom["company"].pk))
    page.select_option("#id_status", "published")
    page.fill("#id_source", "科德集团市场部")

    editable = page.locator(".ck-editor__editable").first
    editable.click()
    page.locator(".ck-heading-dropdown .ck-dropdown__button").first.click()
    page.locator(".ck-heading-dropdown .ck-list__item button.ck-heading_heading2").first.click()
    page.keyboard.type("产品特点")
    page.keyboard.press("Enter")
    # The editor's own UI is Chinese (CKEDITOR_5_CONFIGS language "zh-cn"): 项目符号列表 = bulleted list.
    page.locator(
        '.ck-toolbar button.ck-splitbutton__action[data-cke-tooltip-text="项目符号列表"]'
    ).first.click()  # the Chinese body's editor comes first
    page.keyboard.type("剪切力大")
    page.keyboard.press("Enter")
    page.keyboard.type("刀片可翻面使用")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("欢迎来电咨询。")

    page.locator(".ck-file-dialog-button input[type=file]").first.set_input_files(
        files=[{"name": "shear.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    uploaded = editable.locator('img[src*="/media/uploads/editor/"]')
    expect(uploaded).to_have_count(1)
    expect(editable.locator("h2")).to_have_text("产品特点")
    expect(editable.locator("ul li")).to_have_count(2)

    page.locator("input[name=_save]").click()
    expect(page).to_have_url(re.compile(r"/admin/news/article/$"))
    article = Article.objects.get(slug="new-hydraulic-shear")
    assert article.is_live
    assert "<h2>产品特点</h2>" in article.body
    assert "<li>剪切力大</li>" in article.body and "/media/uploads/editor/" in article.body
    context.close()

    visitor = browser.new_context(base_url=live_server.url, locale="zh-CN", viewport={"width": 390, "height": 844})
    page = visitor.new_page()
    page.goto("/news/")
    page.get_by_role("link", name="科德发布新款液压剪").click()
    expect(page).to_have_url(re.compile(r"/news/company/new-hydraulic-shear/$"))
    expect(page.locator("h1")).to_have_text("科德发布新款液压剪")
    body = page.locator(".rich-text")
    expect(body.locator("h2")).to_have_text("产品特点")
    expect(body.locator("li")).to_have_count(2)
    image = body.locator("img")
    image.scroll_into_view_if_needed()
    expect(image).to_have_js_property("complete", True)
    assert image.evaluate("img => img.naturalWidth") == 640
    expect(page.locator(".news-meta")).to_contain_text("科德集团市场部")
    expect(page.locator(".breadcrumbs")).to_contain_text("公司新闻")
    visitor.close()


def test_visitor_walks_previous_and_next_within_a_category(phone_page, newsroom):
    now = timezone.now()
    for days, slug, title in [(30, "first", "科德成立二十周年"), (20, "second", "新厂区三期开工"),
                              (10, "third", "科德亮相上海宝马展")]:  # fmt: skip
        ArticleFactory(
            slug=slug, title=title, category=newsroom["company"], publish_at=now - datetime.timedelta(days=days)
        )
    ArticleFactory(slug="other", title="液压破碎锤日常保养指南", category=newsroom["technical"], publish_at=now)
    page = phone_page
    page.goto("/news/company/")
    page.get_by_role("link", name="科德亮相上海宝马展").click()
    expect(page.locator("h1")).to_have_text("科德亮相上海宝马展")
    expect(page.locator(".prev-next a[rel=next]")).to_have_count(0)
    page.locator(".prev-next a[rel=prev]").click()
    expect(page.locator("h1")).to_have_text("新厂区三期开工")
    page.locator(".prev-next a[rel=prev]").click()
    expect(page.locator("h1")).to_have_text("科德成立二十周年")
    expect(page.locator(".prev-next a[rel=prev]")).to_have_count(0)
    page.locator(".prev-next a[rel=next]").click()
    expect(page.locator("h1")).to_have_text("新厂区三期开工")
    expect(page.locator(".breadcrumbs a").last).to_have_text("公司新闻")
