"""The catalog's English demo texts cover the Chinese demo content one for one and keep its HTML and model numbers."""

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps

from products.demo import _product_body, _subcategory_description
from products.demo.content import CASES, CATEGORIES, PRODUCTS, VIDEOS
from products.demo.content_en import ENGLISH

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
MODEL_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,4}-?[A-Z]*[0-9][A-Z0-9.]*")


def _chinese():
    """model label → lookup → {model field: Chinese text as the seeder writes it}."""
    children = {child["slug"]: child for node in CATEGORIES for child in node["children"]}
    categories, spec_fields = {}, {}
    for node in CATEGORIES:
        categories[node["slug"]] = {
            "name": node["name"],
            "summary": node["summary"],
            "description": node["description"].strip(),
        }
        for child in node["children"]:
            categories[child["slug"]] = {
                "name": child["name"],
                "summary": child["summary"],
                "description": _subcategory_description(child),
            }
        for name, unit, _is_key in node["spec_fields"]:
            spec_fields[name] = {"name": name, "unit": unit}
    products = {
        item["slug"]: {
            "name": item["name"],
            "summary": item["summary"],
            "body": _product_body(item, [*item.get("features", []), *children[item["category"]]["features"]]),
        }
        for item in PRODUCTS
    }
    cases = {
        item["slug"]: {key: item[key] for key in ("title", "location", "summary")} | {"body": item["body"].strip()}
        for item in CASES
    }
    videos = {item["title"]: {"title": item["title"], "description": item["description"]} for item in VIDEOS}
    return {
        "products.Category": categories,
        "products.SpecField": spec_fields,
        "products.Product": products,
        "products.Case": cases,
        "products.Video": videos,
    }


CHINESE = _chinese()
ENTRIES = [(label, lookup) for label, entries in ENGLISH.items() for lookup in entries]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(("start", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("end", tag))


def _tag_sequence(html):
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def test_english_covers_the_same_models_as_the_chinese_content():
    assert set(ENGLISH) == set(CHINESE)


@pytest.mark.parametrize("label", sorted(CHINESE))
def test_every_chinese_demo_object_has_an_english_entry(label):
    missing = set(CHINESE[label]) - set(ENGLISH[label])
    assert not missing


@pytest.mark.parametrize("label", sorted(CHINESE))
def test_every_english_entry_names_an_object_of_the_chinese_content(label):
    unknown = set(ENGLISH[label]) - set(CHINESE[label])
    assert not unknown


def test_every_category_product_case_and_video_is_counted():
    types = len(CATEGORIES) + sum(len(node["children"]) for node in CATEGORIES)
    names = {name for node in CATEGORIES for name, _unit, _key in node["spec_fields"]}
    assert [len(ENGLISH[label]) for label in CHINESE] == [types, len(names), len(PRODUCTS), len(CASES), len(VIDEOS)]


@pytest.mark.parametrize(("label", "lookup"), ENTRIES)
def test_english_fields_are_text_fields_of_the_model_and_fit_them(label, lookup):
    model = apps.get_model(label)
    for name, value in ENGLISH[label][lookup].items():
        field = model._meta.get_field(name)
        assert field.get_internal_type() in {"CharField", "TextField"}, (name, field)
        assert isinstance(value, str) and value.strip() == value and value, name
        if field.max_length:
            assert len(value) <= field.max_length, (name, len(value))


@pytest.mark.parametrize(("label", "lookup"), ENTRIES)
def test_english_texts_hold_no_chinese_characters(label, lookup):
    for name, value in ENGLISH[label][lookup].items():
        assert not CJK.search(value), (name, CJK.findall(value))


@pytest.mark.parametrize(("label", "lookup"), ENTRIES)
def test_english_html_keeps_the_tags_of_the_chinese_original(label, lookup):
    chinese = CHINESE[label][lookup]
    for name, value in ENGLISH[label][lookup].items():
        if "<" in chinese[name]:
            assert _tag_sequence(value) == _tag_sequence(chinese[name]), name
        else:
            assert "<" not in value and ">" not in value, name


@pytest.mark.parametrize(("label", "lookup"), ENTRIES)
def test_english_keeps_every_model_number_of_the_chinese_original(label, lookup):
    def numbers(texts):
        return {token.rstrip(".") for text in texts for token in MODEL_NUMBER.findall(text)}

    chinese = numbers(CHINESE[label][lookup].values())
    assert chinese <= numbers(ENGLISH[label][lookup].values())


def test_spec_units_are_translated_only_where_chinese():
    units = {name: unit for node in CATEGORIES for name, unit, _key in node["spec_fields"]}
    for name, entry in ENGLISH["products.SpecField"].items():
        assert ("unit" in entry) == bool(CJK.search(units[name])), name


def test_category_names_are_the_english_names_the_content_already_gives():
    given = {node["slug"]: node["name_en"] for node in CATEGORIES}
    given |= {child["slug"]: child["name_en"] for node in CATEGORIES for child in node["children"]}
    assert {slug: entry["name"] for slug, entry in ENGLISH["products.Category"].items()} == given


def test_tag_comparison_notices_a_changed_structure():
    assert _tag_sequence("<p>a</p>\n<ul>\n<li>b</li>\n</ul>") != _tag_sequence("<p>a</p>\n<p>b</p>")
    assert _tag_sequence('<p class="x">a</p>') != _tag_sequence("<p>a</p>")
