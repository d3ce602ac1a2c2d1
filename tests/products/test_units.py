"""Imperial equivalents beside metric spec values, on English pages only (products.units)."""

import re

import pytest
from django.utils import translation

from products.specs import TONNAGE
from products.templatetags.product_tags import imperial as imperial_filter
from products.units import STORED_UNIT_ATTR, imperial, stored_unit
from tests.queries import count_queries


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        # every unit the demo catalog uses that has an imperial form, and the Chinese spellings
        ("18", "t", "39,700 lb"), ("18", "吨", "39,700 lb"), ("18", "T", "39,700 lb"),
        ("1650", "kg", "3,640 lb"), ("1650", "公斤", "3,640 lb"), ("1650", "千克", "3,640 lb"),
        ("1650", "KG", "3,640 lb"),
        ("100", "L/min", "26.4 gpm"), ("100", "l/min", "26.4 gpm"), ("100", "升/分", "26.4 gpm"),
        ("100", "升/分钟", "26.4 gpm"),
        ("160", "bar", "2,320 psi"), ("16", "MPa", "2,320 psi"), ("16", "兆帕", "2,320 psi"),
        ("45", "mm", "1.8 in"), ("45", "毫米", "1.8 in"), ("1250", "mm", "49.2 in"),
        ("13.2", "m", "43.3 ft"), ("13.2", "米", "43.3 ft"),
        ("1.6", "m³", "2.1 yd³"), ("1.6", "m3", "2.1 yd³"), ("1.6", "立方米", "2.1 yd³"), ("1.6", "M³", "2.1 yd³"),
        ("1.5", "m²", "16.1 ft²"), ("1.5", "平方米", "16.1 ft²"),
        ("100", "kW", "134 hp"), ("100", "千瓦", "134 hp"), ("100", "KW", "134 hp"),  # mechanical hp
        ("150", "kN", "33,700 lbf"), ("9", "kg·m", "781 lb·in"), ("9", "kg.m", "781 lb·in"),
        ("2500", "J", "1,840 ft·lbf"),
        # stored unit with spaces or in full-width characters
        (" 18 ", " t ", "39,700 lb"), ("18", "ｋｇ", "39.7 lb"),
        # ranges: both ends converted, shown with an en dash
        ("18-26", "t", "39,700–57,300 lb"), ("18–26", "t", "39,700–57,300 lb"), ("18—26", "t", "39,700–57,300 lb"),
        ("18~26", "t", "39,700–57,300 lb"), ("18～26", "t", "39,700–57,300 lb"), ("18至26", "t", "39,700–57,300 lb"),
        ("18 to 26", "t", "39,700–57,300 lb"), ("18 - 26", "t", "39,700–57,300 lb"),
        ("１８－２６", "t", "39,700–57,300 lb"),
        ("80-110", "L/min", "21.1–29.1 gpm"), ("0.3-0.35", "m³", "0.39–0.46 yd³"),
        ("18.0-18.01", "t", "39,700 lb"),  # ends that round alike are one value
        # thousands separators
        ("1,250", "mm", "49.2 in"), ("1 250", "mm", "49.2 in"), ("1,250-1,650", "kg", "2,760–3,640 lb"),
        ("12,000", "kg", "26,500 lb"), ("2\u202f450", "kg", "5,400 lb"),
        # rounding: 3 significant figures, ≤ 1 decimal from 1 up, 2 significant figures below 1, half up
        ("0.3", "m³", "0.39 yd³"), ("0.35", "m³", "0.46 yd³"), ("0.01", "mm", "0.00039 in"), (".5", "t", "1,100 lb"),
        ("25.4", "mm", "1 in"), ("2540", "mm", "100 in"), ("99.96", "mm", "3.9 in"), ("0", "kg", "0 lb"),
        ("1000000000", "kg", "2,200,000,000 lb"),
    ],
)  # fmt: skip
def test_metric_value_converts_to_imperial(value, unit, expected):
    assert imperial(value, unit) == expected


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("18", "rpm"), ("18", "bpm"), ("360", "°"), ("5", "个"), ("18", ""), ("18", "lb"), ("18", "furlong"),
        ("", "t"), ("   ", "t"), ("—", "t"), ("约20", "t"), ("≥ 30", "t"), ("20+", "t"), ("-5", "t"), ("−5", "t"),
        ("5-", "t"), ("-", "t"), ("18-26-30", "t"), ("1e309", "t"), ("1E3", "t"), ("NaN", "t"), ("nan", "kg"),
        ("inf", "t"), ("Infinity", "t"), ("0x10", "t"), ("12,5", "t"), ("1,25", "t"), ("1.2.3", "t"),
        ("9" * 400, "t"), ("1000000001", "kg"), ("0.0000001", "mm"), ("18 t", "t"), ("液压油缸＋双重安全锁", ""),
        ("<script>1</script>", "t"), ("18", "<b>t</b>"), ("١٨", "t"), ("18\n26", "t"), ("1" * 30 + "-" + "1" * 30, "t"),
    ],
)  # fmt: skip
def test_unknown_unit_or_unreadable_value_shows_nothing(value, unit):
    assert imperial(value, unit) is None


@pytest.mark.parametrize(("value", "unit"), [(None, "t"), (18, "t"), ("18", None), (b"18", "t")])
def test_values_that_are_not_text_show_nothing(value, unit):
    assert imperial(value, unit) is None


def test_the_unit_is_read_as_stored_not_as_translated():
    class TranslatedField:  # as django-modeltranslation will make SpecField: unit in the page's language
        unit = "cu yd"
        unit_zh_hans = "立方米"

    class PlainField:
        unit = "立方米"

    assert STORED_UNIT_ATTR == "unit_zh_hans"
    assert stored_unit(TranslatedField()) == "立方米"
    assert stored_unit(PlainField()) == "立方米"
    assert stored_unit(TONNAGE) == "t"


def test_filter_shows_the_equivalent_in_english_only():
    with translation.override("en"):
        assert imperial_filter("18–26", TONNAGE) == ' <span class="imperial">(39,700–57,300 lb)</span>'
        assert imperial_filter("约20", TONNAGE) == ""
    for language in ("zh-hans", "zh-hant"):
        with translation.override(language):
            assert imperial_filter("18–26", TONNAGE) == ""


def path_of(product):
    """The product page's Chinese path (a request before may have left English active)."""
    with translation.override("zh-hans"):
        return product.get_absolute_url()


def spec_cell(html, label):
    """The spec table cell of the row whose header starts with ``label``."""
    # An untranslated spec name shows its Chinese, marked lang="zh-Hans", on English pages.
    match = re.search(rf'<th scope="row">(?:<span lang="zh-Hans">)?{re.escape(label)}.*?</th><td>(.*?)</td>', html)
    assert match, label
    return match[1]


@pytest.mark.django_db
def test_english_product_page_shows_pounds_beside_the_tonnage_and_the_specs(client, catalog):
    path = path_of(catalog["kd68"])  # fits 18–26 t; 1650 kg, 80-110 L/min, 2500 J
    html = client.get(f"/en{path}").content.decode()
    assert spec_cell(html, "Fits excavators") == '18–26 <span class="imperial">(39,700–57,300 lb)</span>'
    assert spec_cell(html, "工作重量") == '1650 <span class="imperial">(3,640 lb)</span>'
    assert spec_cell(html, "工作流量") == '80-110 <span class="imperial">(21.1–29.1 gpm)</span>'


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/zh-hant"])
def test_chinese_product_pages_show_metric_only(client, catalog, prefix):
    path = path_of(catalog["kd68"])
    html = client.get(f"{prefix}{path}").content.decode()
    assert "18–26" in html and "1650" in html
    assert 'class="imperial"' not in html and " lb)" not in html


@pytest.mark.django_db
def test_english_page_served_from_the_cache_keeps_the_equivalents_and_chinese_stays_without(client, catalog):
    path = path_of(catalog["kd68"])
    for _ in range(2):  # the second visit of each is a cache hit
        assert "(39,700–57,300 lb)" in client.get(f"/en{path}").content.decode()
        assert 'class="imperial"' not in client.get(path).content.decode()


@pytest.mark.django_db
def test_compare_page_shows_the_equivalents_in_english_only(client, catalog):
    ids = f"{catalog['kd68'].pk},{catalog['kd45'].pk}"
    english = client.get("/en/products/compare/", {"ids": ids}).content.decode()
    assert '<td>18–26 <span class="imperial">(39,700–57,300 lb)</span></td>' in english
    assert '<td>4–7 <span class="imperial">(8,820–15,400 lb)</span></td>' in english
    assert '<td>320 <span class="imperial">(705 lb)</span></td>' in english
    chinese = client.get("/products/compare/", {"ids": ids}).content.decode()
    assert "<td>18–26</td>" in chinese and 'class="imperial"' not in chinese


@pytest.mark.django_db
def test_an_unconvertible_spec_shows_its_value_alone(client, catalog):
    from products.models import ProductSpec

    ProductSpec.objects.filter(product=catalog["kd68"], field__name="工作重量").update(value="约1650")
    html = client.get(f"/en{path_of(catalog['kd68'])}").content.decode()
    assert spec_cell(html, "工作重量") == "约1650"


@pytest.mark.django_db
def test_equivalents_cost_no_query(client, catalog):
    path = path_of(catalog["kd68"])
    ids = f"{catalog['kd68'].pk},{catalog['kd45'].pk}"
    assert count_queries(client, f"/en{path}") == count_queries(client, path)
    compare = f"/products/compare/?ids={ids}"
    assert count_queries(client, f"/en{compare}") == count_queries(client, compare)
