"""The migration to Chinese and English columns keeps every text: the Chinese in ``<field>_zh_hans``, a
category's former "English name" as its ``name_en``."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("products", "0010_search_text")]
AFTER = [("products", "0012_content_in_chinese_and_english")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_the_migration_copies_the_chinese_texts_and_keeps_the_english_category_names():
    old = migrate(BEFORE)
    category = old.get_model("products", "Category").objects.create(
        name="破碎锤", name_en="Hydraulic breakers", slug="breakers", summary="简介", lft=1, rght=2, tree_id=1, level=0
    )
    field = old.get_model("products", "SpecField").objects.create(category_id=category.pk, name="冲击能量", unit="J")
    try:
        new = migrate(AFTER)
        category = new.get_model("products", "Category").objects.get(pk=category.pk)
        assert (category.name_zh_hans, category.name_en, category.summary_zh_hans) == (
            "破碎锤",
            "Hydraulic breakers",
            "简介",
        )
        assert category.summary_en is None
        field = new.get_model("products", "SpecField").objects.get(pk=field.pk)
        assert (field.name_zh_hans, field.unit_zh_hans, field.name_en) == ("冲击能量", "J", None)
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
