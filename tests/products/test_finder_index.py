"""The finder's keyword goes through the site search's in-process product index (products.search): what it
finds follows every save on the next request, and a page reads only its own rows, whatever the matches."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
from products.factories import ProductFactory
from products.models import Product, ProductSpec

pytestmark = pytest.mark.django_db
URL = "/products/search/"
BUDGET = 10


def names(response):
    return [product.name for product in response.context["products"]]


def test_a_product_saved_after_the_index_was_built_is_found_on_the_next_request(client, catalog):
    assert names(client.get(URL, {"q": "KD-99"})) == []  # builds the index
    ProductFactory(name="重型液压破碎锤", model_number="KD-99", category=catalog["side"])
    assert names(client.get(URL, {"q": "kd99"})) == ["重型液压破碎锤"]


def test_a_product_renamed_after_a_search_is_found_by_its_new_name_only(client, catalog):
    assert names(client.get(URL, {"q": "静音"})) == ["三角形静音破碎锤"]
    catalog["kd140"].name = "三角形低噪破碎锤"
    catalog["kd140"].save()
    assert names(client.get(URL, {"q": "静音"})) == []
    assert names(client.get(URL, {"q": "低噪"})) == ["三角形低噪破碎锤"]


def test_a_spec_value_edited_after_a_search_is_found_on_the_next_request(client, catalog):
    assert names(client.get(URL, {"q": "9999"})) == []
    spec = ProductSpec.objects.get(product=catalog["kd45"], field__name="工作重量")
    spec.value = "9999"
    spec.save()
    assert names(client.get(URL, {"q": "9999"})) == ["侧置式小型破碎锤"]


def test_a_product_unpublished_after_a_search_disappears_from_the_next_one(client, catalog):
    both = ["侧置式小型破碎锤", "侧置式液压破碎锤"]  # catalog order: the same order, the newer first
    assert names(client.get(URL, {"q": "侧置式"})) == both
    catalog["kd45"].is_published = False
    catalog["kd45"].save()
    assert names(client.get(URL, {"q": "侧置式"})) == ["侧置式液压破碎锤"]
    catalog["kd45"].is_published = True
    catalog["kd45"].save()
    assert names(client.get(URL, {"q": "侧置式"})) == both


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "破碎锤", "brand": "volvo"}, ["侧置式液压破碎锤", "三角形静音破碎锤"]),
        ({"q": "破碎锤", "tonnes": "20"}, ["侧置式液压破碎锤"]),
        ({"q": "破碎锤", "tonnes": "20", "brand": "komatsu", "type": "breakers"}, ["侧置式液压破碎锤"]),
        ({"q": "破碎锤", "sub": "breakers-top"}, ["三角形静音破碎锤"]),
        ({"q": "破碎錘"}, ["侧置式液压破碎锤", "侧置式小型破碎锤", "三角形静音破碎锤"]),  # Traditional characters
        ({"q": "kd-68s 液压"}, ["侧置式液压破碎锤"]),
        ({"q": "KD-68S 岩石"}, []),  # every word must match; "kd68s岩石" is no model number
        ({"q": "KD-68S%"}, ["侧置式液压破碎锤"]),  # no wildcard; the model number "kd68s" still finds it
    ],
)
def test_keyword_with_filters_and_odd_words_finds_what_the_database_would(client, catalog, params, expected):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert sorted(names(response)) == sorted(expected)


def test_keyword_results_are_paginated_in_rank_order_with_the_full_count(client, catalog):
    for n in range(25):
        ProductFactory(name=f"通用破碎锤{n:02}", model_number=f"T-{n}", category=catalog["top"], order=n)
    first = client.get(URL, {"q": "破碎锤"})
    second = client.get(URL, {"q": "破碎锤", "page": "2"})
    third = client.get(URL, {"q": "破碎锤", "page": "3"})
    assert first.context["page_obj"].paginator.count == 28
    found = names(first) + names(second) + names(third)
    expected = list(
        Product.objects.published()
        .filter(name__contains="破碎锤")
        .order_by("order", "-pk")
        .values_list("name", flat=True)
    )
    assert found == expected and len(set(found)) == 28
    assert names(client.get(URL, {"q": "破碎锤", "page": "99"})) == names(third)  # past the end: the last page


def many(catalog, total):
    """Bulk-create products whose name holds the word 批量 until there are ``total`` of them (no signal: the
    content version is bumped by hand, as an import does)."""
    existing = Product.objects.filter(name__startswith="批量").count()
    Product.objects.bulk_create(
        [
            Product(name=f"批量破碎锤{n}", model_number=f"KB-{n}", model_key=f"kb{n}", slug=f"bulk-{n}",
                    category=catalog["side"], carrier_min_t=10, carrier_max_t=30, is_published=True)
            for n in range(existing, total)
        ]
    )  # fmt: skip
    bump_content_version()


def keyword_queries(client, params):
    """The queries of a rendering on a cold cache (the page cache would answer a second request): the index is
    built in one of them."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


@pytest.mark.parametrize("params", [{"q": "批量"}, {"q": "批量", "brand": "volvo"}, {"q": "zzzz"}])
def test_keyword_queries_stay_within_budget_and_do_not_grow_with_the_matches(client, catalog, params):
    many(catalog, 10)
    _, small = keyword_queries(client, params)
    many(catalog, 400)
    _, large = keyword_queries(client, params)
    assert len(small) == len(large) <= BUDGET, (small, large)


def test_a_keyword_page_reads_only_its_own_rows_and_never_scans_with_like(client, catalog):
    many(catalog, 300)
    response, queries = keyword_queries(client, {"q": "批量"})
    assert response.context["page_obj"].paginator.count == 300
    assert len(names(response)) == 12
    assert not [sql for sql in queries if " LIKE " in sql.upper()], queries


def test_a_word_holding_nul_matches_nothing_in_the_index(catalog):
    """NUL joins the entries of a TextIndex: a word holding one must not match every entry. (The finder's form
    refuses NUL before it gets here; the index stays right for any caller.)"""
    from products.search import products as product_search

    assert product_search.finder_matches(["\x00"], "") == []
    assert product_search.finder_matches(["破碎锤", "锤\x00"], "") == []
    assert product_search.finder_matches(["\x00"], "kd68s") == [catalog["kd68"].pk]


@pytest.mark.parametrize("word", ["zzqx-none", "kd-68x", "kd68", "破碎锤", "锤锤", "aa", "--", "x", ""])
def test_close_words_answer_what_difflib_answers(word):
    import difflib

    from core.search import CloseWords

    words = [
        "kd-68s",
        "kd-68",
        "kd-br01996",
        "侧置式液压破碎锤",
        "破碎锤",
        "锤锤锤",
        "aaab",
        "aab",
        "ba",
        "--x",
        "",
        "a",
    ]
    for cutoff in (0.3, 0.6):
        assert CloseWords(words).close(word, n=8, cutoff=cutoff) == difflib.get_close_matches(
            word, words, n=8, cutoff=cutoff
        )
