"""core.views.CanonicalRedirectMixin: an object found under a wrong category in its URL answers 301 to its
one address (products and articles alike)."""

import pytest

from news.factories import ArticleFactory, NewsCategoryFactory
from news.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects(catalog):
    """Per kind: (a wrong path that finds the object, its canonical path, the object)."""
    NewsCategoryFactory(name="公司新闻", slug="company")
    guide = ArticleFactory(slug="guide", category=NewsCategoryFactory(name="技术资料", slug="technical"))
    return {
        "product": ("/products/buckets/kd-68s/", "/products/breakers-side/kd-68s/", catalog["kd68"]),
        "article": ("/news/company/guide/", "/news/technical/guide/", guide),
    }


def unpublish(item):
    if isinstance(item, Article):
        item.status = Article.Status.DRAFT
    else:
        item.is_published = False
    item.save()


@pytest.mark.parametrize("kind", ["product", "article"])
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_wrong_category_in_the_url_redirects_permanently_keeping_the_query(client, objects, kind, prefix):
    wrong, canonical, _ = objects[kind]
    response = client.get(f"{prefix}{wrong}?utm_source=wechat&page=2")
    assert response.status_code == 301
    assert response["Location"] == f"{prefix}{canonical}?utm_source=wechat&page=2"


@pytest.mark.parametrize("kind", ["product", "article"])
def test_the_canonical_address_is_served_without_a_redirect(client, objects, kind):
    _, canonical, _ = objects[kind]
    assert client.get(f"/en{canonical}?utm_source=wechat").status_code == 200


@pytest.mark.parametrize("kind", ["product", "article"])
def test_redirect_target_is_always_the_objects_own_path(client, objects, kind):
    wrong, canonical, _ = objects[kind]
    response = client.get(f"{wrong}?next=//evil.example/&x=%0d%0aSet-Cookie:a=b")
    assert response.status_code == 301
    assert response["Location"].startswith(f"{canonical}?")
    assert "\n" not in response["Location"] and "Set-Cookie" not in response.headers


def test_product_under_an_unknown_category_redirects_too(client, objects):
    response = client.get("/products/no-such-category/kd-68s/")
    assert response.status_code == 301
    assert response["Location"] == "/products/breakers-side/kd-68s/"


@pytest.mark.parametrize("kind", ["product", "article"])
def test_a_draft_under_a_wrong_category_is_404_for_visitors_and_redirected_for_staff(
    client, admin_client, objects, kind
):
    wrong, canonical, item = objects[kind]
    unpublish(item)
    assert client.get(wrong).status_code == 404
    response = admin_client.get(f"{wrong}?preview=1")
    assert response.status_code == 301
    assert response["Location"] == f"{canonical}?preview=1"
