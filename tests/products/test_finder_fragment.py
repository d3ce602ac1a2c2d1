"""The finder's type and subcategory lists are a cached fragment: per language, per choice, per content version."""

import re

import pytest

from products.models import Category

pytestmark = pytest.mark.django_db


def selected(html):
    return re.findall(r'<option value="([a-z-]+)" selected>', html)


def test_finder_lists_follow_each_searchs_choice(client, catalog):
    assert selected(client.get("/products/search/", {"type": "breakers", "q": "a"}).content.decode()) == ["breakers"]
    assert selected(client.get("/products/search/", {"type": "buckets", "q": "b"}).content.decode()) == ["buckets"]
    html = client.get("/products/search/", {"sub": "buckets-rock", "q": "c"}).content.decode()
    assert selected(html) == ["buckets", "buckets-rock"]


def test_finder_lists_are_cached_per_language(client, catalog):
    chinese = client.get("/products/search/", {"q": "KD"}).content.decode()
    english = client.get("/en/products/search/", {"q": "KD"}).content.decode()
    assert "选择产品类型" in chinese
    assert "Choose a product type" in english and "选择产品类型" not in english


def test_finder_lists_show_a_renamed_category(client, catalog):
    client.get("/products/search/", {"q": "KD"})
    rock = Category.objects.get(slug="buckets-rock")
    rock.name = "加强岩石斗"
    rock.save()
    assert "加强岩石斗" in client.get("/products/search/", {"q": "KD"}).content.decode()
