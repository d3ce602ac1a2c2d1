"""产品精确查找: a table of good and hostile finder inputs."""

import pytest

from products.factories import ProductFactory, ProductSpecFactory, SpecFieldFactory

pytestmark = pytest.mark.django_db
URL = "/products/search/"


def names(response):
    return [product.name for product in response.context["products"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["侧置式液压破碎锤", "侧置式小型破碎锤", "三角形静音破碎锤", "加强型岩石斗"]),
        ({"type": "breakers"}, ["侧置式液压破碎锤", "侧置式小型破碎锤", "三角形静音破碎锤"]),
        ({"type": "breakers", "sub": "breakers-top"}, ["三角形静音破碎锤"]),
        ({"sub": "breakers-top"}, ["三角形静音破碎锤"]),  # the type follows the subcategory
        ({"q": "静音"}, ["三角形静音破碎锤"]),  # Chinese substring
        ({"q": "KD-68S"}, ["侧置式液压破碎锤"]),
        ({"q": "kd68s"}, ["侧置式液压破碎锤"]),  # model number without hyphen, any case
        ({"q": "KD 68 S"}, ["侧置式液压破碎锤"]),  # …or with spaces
        ({"q": "1650"}, ["侧置式液压破碎锤"]),  # a spec value
        ({"q": "花岗岩"}, ["加强型岩石斗"]),  # the summary
        ({"q": "侧置式 小型"}, ["侧置式小型破碎锤"]),  # every word must match
        ({"type": "buckets", "q": "破碎"}, []),
        ({"brand": "volvo"}, ["侧置式液压破碎锤", "三角形静音破碎锤", "加强型岩石斗"]),
        ({"tonnes": "20"}, ["侧置式液压破碎锤", "加强型岩石斗"]),
        ({"tonnes": "20", "brand": "komatsu"}, ["侧置式液压破碎锤"]),
        ({"tonnes": "20", "type": "breakers"}, ["侧置式液压破碎锤"]),
        ({"tonnes": "5.5"}, ["侧置式小型破碎锤"]),
    ],
)
def test_finder_finds_what_a_contractor_asks_for(client, catalog, params, expected):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert sorted(names(response)) == sorted(expected)


def test_name_and_model_hits_rank_before_summary_and_spec_hits(client, catalog):
    ProductFactory(name="通用属具", model_number="X-1", category=catalog["side"], summary="可替代 KD-68S 的方案")
    response = client.get(URL, {"q": "KD-68S"})
    assert names(response) == ["侧置式液压破碎锤", "通用属具"]


HOSTILE = [
    ({"type": "no-such-type"}, "产品类型不存在"),
    ({"sub": "no-such-sub"}, "小类不存在"),
    ({"type": "buckets", "sub": "breakers-top"}, "不属于该产品类型"),
    ({"type": "breakers-side"}, "产品类型不存在"),  # a subcategory is not a type
    ({"sub": "breakers"}, "小类不存在"),  # a type is not a subcategory
    ({"q": "破" * 10_000}, "关键词已截取"),
    ({"q": "%"}, None),
    ({"q": "_"}, None),
    ({"q": "%%_%"}, None),
    ({"q": "' OR 1=1 --"}, None),
    ({"q": "<script>alert(1)</script>"}, None),
    ({"q": "😀🚜"}, None),
    ({"q": "\x00"}, None),
    ({"brand": "nobody"}, "品牌不存在"),
    ({"brand": "x" * 10_000}, "品牌不存在"),
    ({"sub": "s" * 10_000}, "小类不存在"),
    ({"tonnes": "2" * 10_000}, "0.5 到 200"),
    ({"tonnes": "abc"}, "0.5 到 200"),
    ({"tonnes": "-5"}, "0.5 到 200"),
    ({"tonnes": "1e9"}, "0.5 到 200"),
    ({"tonnes": "NaN"}, "0.5 到 200"),
    ({"tonnes": "Infinity"}, "0.5 到 200"),
    ({"page": "abc"}, None),
    ({"page": "-1"}, None),
    ({"page": "99999"}, None),
    ({"type": ["breakers", "buckets"]}, None),
]


@pytest.mark.parametrize(("params", "message"), HOSTILE)
def test_hostile_finder_input_gets_a_normal_page_and_a_clear_message(client, catalog, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if message:
        assert message in html


@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "_%_", "侧置%", "侧_式"])
def test_like_wildcards_are_not_wildcards(client, catalog, wildcard):
    assert names(client.get(URL, {"q": wildcard})) == []


def test_an_underscore_in_a_model_number_is_a_separator_like_a_hyphen(client, catalog):
    assert names(client.get(URL, {"q": "KD_68S"})) == ["侧置式液压破碎锤"]


def test_choices_stay_filled_in_on_the_results_page(client, catalog):
    html = client.get(URL, {"type": "breakers", "sub": "breakers-side", "q": "液压"}).content.decode()
    finder = html.split("data-finder>")[1].split("</form>")[0]
    assert '<option value="breakers" selected>' in finder
    assert '<option value="breakers-side" selected>' in finder
    assert 'value="液压"' in finder


def test_no_results_shows_the_nearest_suggestions(client, catalog):
    response = client.get(URL, {"q": "KD-68X"})
    html = response.content.decode()
    assert response.context["products"] == [] or not list(response.context["products"])
    assert "没有找到符合条件的产品" in html
    assert "侧置式液压破碎锤" in [p.name for p in response.context["suggestions"]]


def test_finder_without_javascript_offers_one_subcategory_select_with_optgroups(client, catalog):
    html = client.get("/products/breakers/").content.decode()  # any page with a sidebar
    finder = html.split("data-finder>")[1].split("</form>")[0]
    assert '<optgroup label="破碎锤" data-type="breakers">' in finder
    assert '<optgroup label="挖掘机挖斗" data-type="buckets">' in finder


def test_unpublished_products_are_never_found(client, catalog):
    catalog["kd68"].is_published = False
    catalog["kd68"].save()
    assert names(client.get(URL, {"q": "KD-68S"})) == []


def test_products_of_an_unpublished_category_are_never_found(client, catalog):
    catalog["side"].is_published = False
    catalog["side"].save()
    assert sorted(names(client.get(URL, {"type": "breakers"}))) == ["三角形静音破碎锤"]


def test_spec_value_search_uses_the_spec_table(client, catalog):
    note = SpecFieldFactory(category=catalog["breakers"], name="备注", unit="")
    ProductSpecFactory(product=catalog["kd140"], field=note, value="特殊工况")
    assert "三角形静音破碎锤" in names(client.get(URL, {"q": "特殊工况"}))
