"""The category tree is built once per content version and shared by a process's requests."""

import pytest

from core import cache as content_cache
from products.catalog import catalog_tree
from products.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_catalog_tree_is_the_same_object_within_a_content_version(django_assert_num_queries):
    CategoryFactory(name="破碎锤", slug="breakers")
    first = catalog_tree()
    with django_assert_num_queries(0):
        assert catalog_tree() is first  # no unpickled copy per request


def test_catalog_tree_is_rebuilt_after_a_category_is_saved():
    root = CategoryFactory(name="破碎锤", slug="breakers")
    first = catalog_tree()
    root.name = "液压破碎锤"
    root.save()
    second = catalog_tree()
    assert second is not first
    assert second.get("breakers").name == "液压破碎锤"


def test_catalog_tree_is_dropped_after_a_minute_even_if_the_version_stands(monkeypatch):
    CategoryFactory(name="破碎锤", slug="breakers")
    first = catalog_tree()
    monkeypatch.setattr(content_cache, "IN_PROCESS_SECONDS", 0)
    assert catalog_tree() is not first
