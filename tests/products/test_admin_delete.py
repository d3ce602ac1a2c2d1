"""Deleting content other pages depend on: the admin says in Chinese what will happen, and no public page breaks."""

import pytest
from django.urls import reverse
from django.utils import translation

from news.factories import ArticleFactory
from products.factories import CaseFactory
from products.models import Category, Product

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(catalog):
    """The rock bucket, shown on a published case and a published article."""
    rock = catalog["rock"]
    case = CaseFactory(title="矿山开采案例", is_published=True)
    case.products.add(rock)
    article = ArticleFactory(title="岩石斗上市")
    article.related_products.add(rock)
    return rock, case, article


def test_deleting_a_category_with_products_is_refused_and_lists_its_products_in_chinese(admin_client, catalog):
    side = catalog["side"]
    products = list(side.products.all())
    assert products
    url = reverse("admin:products_category_delete", args=[side.pk])
    html = admin_client.get(url).content.decode()
    assert "无法删除" in html and "受保护的相关对象" in html
    for product in products:
        change_url = reverse("admin:products_product_change", args=[product.pk])
        assert f'产品: <a href="{change_url}">{product}</a>' in html
    response = admin_client.post(url, {"post": "yes"})
    assert Category.objects.filter(pk=side.pk).exists()
    assert response.status_code == 200 and "无法删除" in response.content.decode()
    with translation.override("zh-hans"):
        assert admin_client.get(side.get_absolute_url()).status_code == 200


def test_deleting_a_product_names_in_chinese_the_cases_and_articles_that_will_no_longer_list_it(admin_client, linked):
    rock, case, article = linked
    html = admin_client.get(reverse("admin:products_product_delete", args=[rock.pk])).content.decode()
    case_url = reverse("admin:products_case_change", args=[case.pk])
    article_url = reverse("admin:news_article_change", args=[article.pk])
    assert f'解除关联：施工案例“<a href="{case_url}">矿山开采案例</a>”将不再列出此产品' in html
    assert f'解除关联：文章“<a href="{article_url}">岩石斗上市</a>”将不再列出此产品' in html
    assert "与施工案例的关联" in html
    assert "relationship" not in html and "object (" not in html and "Link removed" not in html


def test_a_deleted_product_leaves_its_cases_and_articles_working(admin_client, linked):
    rock, case, article = linked
    product_url = rock.get_absolute_url()
    response = admin_client.post(reverse("admin:products_product_delete", args=[rock.pk]), {"post": "yes"})
    assert response.status_code == 302 and not Product.objects.filter(pk=rock.pk).exists()
    for page in (case.get_absolute_url(), article.get_absolute_url()):
        response = admin_client.get(page)
        assert response.status_code == 200 and product_url not in response.content.decode()
