"""The rich-text editor: every image carries alt text (written in the editor, else alt=""), and the editor's
content area is styled so headings, lists and quotes look like what they are."""

import re

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.staticfiles import finders
from django.urls import reverse

from core.admin import AltTextReminderMixin
from core.fields import RichTextField
from core.sanitize import clean_html, images_without_alt
from news.factories import ArticleFactory
from pages.factories import PageFactory, SiteSettingsFactory
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def test_every_image_in_the_editor_has_the_alt_text_button():
    config = settings.CKEDITOR_5_CONFIGS["default"]
    assert "imageTextAlternative" in config["image"]["toolbar"]
    assert "imageUpload" in config["toolbar"]["items"]


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<img src="/media/a.png" alt="液压剪拆除钢结构">', '<img src="/media/a.png" alt="液压剪拆除钢结构">'),
        ('<IMG SRC="/media/a.png" ALT="液压剪">', '<img src="/media/a.png" alt="液压剪">'),
        ('<img src="/media/a.png">', '<img src="/media/a.png" alt="">'),
        ('<img alt="" src="/media/a.png">', '<img alt="" src="/media/a.png">'),
        # "alt=" inside another attribute's value is not alt text.
        ('<img src="/media/a.png" title="alt=x">', '<img src="/media/a.png" title="alt=x" alt="">'),
        # Markup in the alt text stays text.
        ('<img src="/media/a.png" alt="&quot;><script>alert(1)</script>">',
         '<img src="/media/a.png" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'),
    ],
)  # fmt: skip
def test_sanitizing_keeps_alt_text_and_gives_an_image_without_it_an_empty_one(dirty, clean):
    assert clean_html(dirty) == clean
    assert clean_html(clean_html(dirty)) == clean  # the second save changes nothing


def test_images_without_alt_counts_the_empty_and_blank_ones():
    html = clean_html('<img src="/a.png"><img src="/b.png" alt=" "><img src="/c.png" alt="挖斗"><p>alt=""</p>')
    assert images_without_alt(html) == 2


def test_the_public_article_shows_the_alt_text_and_an_image_without_it_as_decoration(client):
    SiteSettingsFactory(), PageFactory(title="新闻动态", slug="news")
    described = '<figure class="image"><img src="/media/a.png" alt="液压剪拆除钢结构"></figure>'
    body = described + '<p><img src="/media/b.png"></p>'
    article = ArticleFactory(body=body)
    html = client.get(article.get_absolute_url()).content.decode()
    rich = html.split('<div class="rich-text">')[1].split("</div>")[0]
    assert '<img src="/media/a.png" alt="液压剪拆除钢结构">' in rich
    assert '<img src="/media/b.png" alt="">' in rich


def article_form(admin_client, article, body):
    url = reverse("admin:news_article_change", args=[article.pk])
    return admin_client.post(url, change_form_data(admin_client, url, body=body), follow=True)


def warnings(response):
    return [str(m) for m in response.context["messages"] if m.level_tag == "warning"]


def test_saving_text_with_images_without_alt_says_how_many_in_chinese(admin_client):
    article = ArticleFactory()
    body = '<p><img src="/media/a.png"></p><p><img src="/media/b.png" alt=""></p>'
    body += '<p><img src="/media/c.png" alt="挖斗"></p>'
    response = article_form(admin_client, article, body)
    assert warnings(response) == [
        "内容中有 2 张图片没有替换文本。请在编辑器中选中图片，用“更改图片替换文本”按钮描述图片内容；"
        "只起装饰作用的图片可以不填。"
    ]
    article.refresh_from_db()
    assert article.body.count('alt=""') == 2
    # Written: the second save warns no more.
    response = article_form(admin_client, article, article.body.replace('alt=""', 'alt="破碎锤"'))
    assert warnings(response) == []


def test_every_admin_of_a_model_with_rich_text_reminds_of_missing_alt_text():
    admins = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if any(isinstance(field, RichTextField) for field in model._meta.concrete_fields)
    ]
    assert len(admins) >= 8
    assert all(isinstance(model_admin, AltTextReminderMixin) for model_admin in admins), admins


def test_the_article_change_page_links_the_editor_stylesheet(admin_client):
    article = ArticleFactory()
    html = admin_client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()
    assert re.search(r'<link href="/static/css/admin-editor(\.[0-9a-f]+)?\.css"', html)
    assert html.index("css/admin-editor") > html.index("admin/css/base")  # after Django admin's own styles


def test_the_editor_stylesheet_sizes_headings_lists_and_quotes_inside_the_content_area():
    css = open(finders.find("css/admin-editor.css"), encoding="utf-8").read()
    for selector in ("h2", "h3", "h4", "ul > li", "ol > li", "blockquote"):
        assert re.search(rf"\.ck\.ck-content {re.escape(selector)}\b[^{{]*\{{[^}}]+\}}", css), selector
    assert re.search(r"\.ck\.ck-content h2 \{[^}]*font-size", css)
