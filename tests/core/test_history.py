"""Revision history in the admin: every save is a version with its user and time, two versions compare
field by field, and a revert brings back an old version with what it follows (a product's specs)."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version

from news.factories import ArticleFactory
from news.models import Article
from pages.factories import SiteSettingsFactory
from pages.models import SiteSettings
from products.models import Category, Product
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def save(client, url, **changes):
    response = client.post(url, change_form_data(client, url, **changes))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors


def spec_key(data, value):
    """The POST name of the spec input whose value is ``value``."""
    return next(name for name, shown in data.items() if re.fullmatch(r"spec_\d+", name) and shown == value)


def history_rows(client, admin_name, obj):
    html = client.get(reverse(f"admin:{admin_name}_history", args=[obj.pk])).content.decode()
    return html, html.count('class="history-version"')


def revert(client, admin_name, obj, version):
    url = reverse(f"admin:{admin_name}_revision", args=[obj.pk, version.pk])
    preview = client.get(url)
    assert preview.status_code == 200
    response = client.post(url, change_form_data(client, url))
    assert response.status_code == 302


@pytest.fixture
def edited_product(admin_client, catalog):
    """KD-68S saved twice in the admin: first renamed, then renamed again with its weight changed."""
    product = catalog["kd68"]
    url = reverse("admin:products_product_change", args=[product.pk])
    save(admin_client, url, name="第一版名称")
    data = change_form_data(admin_client, url, name="第二版名称")
    data[spec_key(data, "1650")] = "1800"
    assert admin_client.post(url, data).status_code == 302
    return product


def test_each_admin_save_of_a_product_is_listed_with_its_user_and_time(admin_client, edited_product):
    html, rows = history_rows(admin_client, "products_product", edited_product)
    assert rows == 2
    assert html.count('<td class="history-user">admin</td>') == 2
    first, second = Version.objects.get_for_object(edited_product).order_by("pk")
    assert first.revision.user.username == "admin"
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}</th>", html)
    assert "比较所选版本" in html


def test_comparing_two_product_versions_shows_the_changed_fields_and_specs(admin_client, edited_product):
    first, second = Version.objects.get_for_object(edited_product).order_by("pk")
    url = reverse("admin:products_product_compare", args=[edited_product.pk])
    html = admin_client.get(url, {"from": first.pk, "to": second.pk}).content.decode()
    assert "<del>第一版名称</del>" in html and "<ins>第二版名称</ins>" in html
    assert "<del>工作重量: 1650</del>" in html and "<ins>工作重量: 1800</ins>" in html
    assert "型号" not in html.split('id="compare-versions"')[1]  # unchanged fields are not listed


def test_reverting_a_product_restores_the_first_version_with_its_specs(admin_client, edited_product):
    first = Version.objects.get_for_object(edited_product).order_by("pk").first()
    revert(admin_client, "products_product", edited_product, first)
    edited_product.refresh_from_db()
    assert edited_product.name == "第一版名称"
    assert edited_product.specs.get(field__name="工作重量").value == "1650"
    assert Version.objects.get_for_object(edited_product).count() == 3  # the revert is a version too


def test_an_article_has_history_compare_and_revert(admin_client):
    article = ArticleFactory(title="原标题")
    url = reverse("admin:news_article_change", args=[article.pk])
    save(admin_client, url, title="第一次修改")
    save(admin_client, url, title="第二次修改")
    _, rows = history_rows(admin_client, "news_article", article)
    assert rows == 2
    compare = admin_client.get(reverse("admin:news_article_compare", args=[article.pk])).content.decode()
    assert "<del>第一次修改</del>" in compare and "<ins>第二次修改</ins>" in compare
    revert(admin_client, "news_article", article, Version.objects.get_for_object(article).order_by("pk").first())
    assert Article.objects.get(pk=article.pk).title == "第一次修改"


def test_site_settings_have_history_compare_and_revert(admin_client):
    settings_row = SiteSettingsFactory(hotline="400-000-0000")
    url = reverse("admin:pages_sitesettings_change", args=[settings_row.pk])
    save(admin_client, url, hotline="400-111-1111")
    save(admin_client, url, hotline="400-222-2222")
    _, rows = history_rows(admin_client, "pages_sitesettings", settings_row)
    assert rows == 2
    compare = admin_client.get(reverse("admin:pages_sitesettings_compare", args=[settings_row.pk])).content.decode()
    assert "<del>400-111-1111</del>" in compare and "<ins>400-222-2222</ins>" in compare
    first = Version.objects.get_for_object(settings_row).order_by("pk").first()
    revert(admin_client, "pages_sitesettings", settings_row, first)
    assert SiteSettings.objects.get().hotline == "400-111-1111"


def test_reverting_a_category_keeps_the_tree_in_order(admin_client, catalog):
    side = catalog["side"]
    url = reverse("admin:products_category_change", args=[side.pk])
    save(admin_client, url, name="侧置式")
    save(admin_client, url, name="侧置式（新）")
    revert(admin_client, "products_category", side, Version.objects.get_for_object(side).order_by("pk").first())
    side.refresh_from_db()
    assert side.name == "侧置式" and side.parent == catalog["breakers"]
    breakers = Category.objects.get(pk=catalog["breakers"].pk)
    assert set(breakers.get_descendants()) == {side, catalog["top"]}


def test_createinitialrevisions_gives_existing_rows_a_first_version(admin_client, catalog):
    call_command("createinitialrevisions", verbosity=0)
    product = Product.objects.get(pk=catalog["kd68"].pk)
    version = Version.objects.get_for_object(product).get()
    html, rows = history_rows(admin_client, "products_product", product)
    assert rows == 1 and "<td>初始版本</td>" in html and "&mdash;" in html  # no user: made by the command
    assert {str(v) for v in version.revision.version_set.all()} >= {"冲击能量: 2500", "工作重量: 1650"}


def test_reverting_to_a_version_saved_without_search_text_makes_the_article_searchable_again(admin_client):
    """django-reversion saves a reverted row raw (no ``save()``); versions stored before the search columns
    existed carry none, and such a revert used to empty the article's search text until its next save."""
    import json

    article = ArticleFactory(title="原标题")
    url = reverse("admin:news_article_change", args=[article.pk])
    save(admin_client, url, title="液压破碎锤保养要点")
    save(admin_client, url, title="第二次修改")
    first = Version.objects.get_for_object(article).order_by("pk").first()
    data = json.loads(first.serialized_data)
    for field in ("search_title", "search_text"):
        data[0]["fields"].pop(field, None)  # as a version saved before this column existed
    Version.objects.filter(pk=first.pk).update(serialized_data=json.dumps(data))
    revert(admin_client, "news_article", article, first)
    reverted = Article.objects.get(pk=article.pk)
    assert reverted.title == "液压破碎锤保养要点"
    assert "破碎锤" in reverted.search_title


def test_a_raw_save_of_searchable_content_fills_its_search_text(db):
    """Rows saved raw (a revision reverted in code, ``loaddata``) get their search text too."""
    article = ArticleFactory(title="原标题")
    article.title, article.search_title, article.search_text = "振动锤选型指南", "", ""
    Article.save_base(article, raw=True)
    assert "振动锤" in Article.objects.get(pk=article.pk).search_title
