"""The rich-text editor in the admin: headings, lists and quotes look like what they are; images get alt text."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from news.factories import NewsCategoryFactory
from news.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor_page(staff_page):
    NewsCategoryFactory(name="公司新闻", slug="company")
    return staff_page("Editors", next="/admin/news/article/add/")


def set_editor_data(page, html):
    page.wait_for_function("() => window.editors && Object.keys(window.editors).length > 0")
    page.evaluate("html => Object.values(window.editors)[0].setData(html)", html)


def style(locator, prop):
    return locator.evaluate("(element, prop) => getComputedStyle(element)[prop]", prop)


def font_size(locator):
    return float(style(locator, "fontSize").removesuffix("px"))


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (320, 180), (18, 58, 99)).save(buffer, "PNG")
    return buffer.getvalue()


def test_headings_lists_and_quotes_in_the_editor_look_like_what_they_are(editor_page):
    page = editor_page
    set_editor_data(
        page,
        "<h2>产品特点</h2><p>段落文字</p><h3>技术参数</h3><h4>注意事项</h4>"
        "<ul><li>剪切力大</li></ul><ol><li>第一步</li></ol><blockquote><p>客户评价</p></blockquote>",
    )
    editable = page.locator(".ck-editor__editable").first
    h2, h3, h4, p = (editable.locator(tag).first for tag in ("h2", "h3", "h4", "p"))
    expect(h2).to_have_text("产品特点")
    assert font_size(h2) > font_size(h3) > font_size(h4) > font_size(p) >= 14
    assert font_size(h2) >= 1.4 * font_size(p)
    assert all(int(style(heading, "fontWeight")) >= 600 for heading in (h2, h3, h4))
    assert style(editable.locator("ul > li").first, "listStyleType") == "disc"
    assert style(editable.locator("ol > li").first, "listStyleType") == "decimal"
    quote = editable.locator("blockquote").first
    assert style(quote, "borderLeftStyle") == "solid" and font_size(quote.locator("p")) == font_size(p)
    # The editor's stylesheet comes from our static files, after Django admin's own.
    assert page.locator('link[href*="css/admin-editor"]').count() == 1


def test_editor_gives_an_uploaded_image_alt_text_and_visitors_get_it(editor_page, live_server):
    page = editor_page
    page.fill("#id_title_zh_hans", "液压剪现场")
    page.fill("#id_slug", "shear-on-site")
    page.select_option("#id_category", label="公司新闻")
    page.select_option("#id_status", "published")
    editable = page.locator(".ck-editor__editable").first
    editable.click()
    page.keyboard.type("现场照片：")
    page.locator(".ck-file-dialog-button input[type=file]").first.set_input_files(
        files=[{"name": "IMG_2034.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    image = editable.locator('img[src*="/media/uploads/editor/"]')
    expect(image).to_have_count(1)
    # No alt text yet: the image is outlined, and the image toolbar offers the alt-text button.
    assert style(image, "outlineStyle") == "dashed"
    image.click()
    page.locator('.ck-balloon-panel button[data-cke-tooltip-text="更改图片替换文本"]').click()
    page.locator(".ck-balloon-panel .ck-text-alternative-form input").fill("液压剪拆除钢结构")
    page.keyboard.press("Enter")
    expect(image).to_have_attribute("alt", "液压剪拆除钢结构")
    assert style(image, "outlineStyle") == "none"

    page.locator("input[name=_save]").click()
    expect(page).to_have_url(re.compile(r"/admin/news/article/$"))
    article = Article.objects.get(slug="shear-on-site")
    assert 'alt="液压剪拆除钢结构"' in article.body
    expect(page.locator(".messagelist .warning")).to_have_count(0)

    page.goto(article.get_absolute_url())
    expect(page.locator(".rich-text img")).to_have_attribute("alt", "液压剪拆除钢结构")
