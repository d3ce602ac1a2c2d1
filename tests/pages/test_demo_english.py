"""The English demo texts (``<app>/demo/content_en.py``) match the Chinese demo content they translate.

Every lookup names a row that ``<app>/demo/content.py`` seeds, every field is a model field the original
fills, the required coverage holds, no English value contains Chinese characters, values fit their
columns, and rich-text values keep the original's tags and attributes in the same order.
"""

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps

from careers.demo import content as careers_content
from careers.demo.content_en import ENGLISH as CAREERS_ENGLISH
from core.fields import RichTextField
from news.demo import content as news_content
from news.demo.content_en import ENGLISH as NEWS_ENGLISH
from pages.demo import content as pages_content
from pages.demo.content_en import ENGLISH as PAGES_ENGLISH
from service.demo import content as service_content
from service.demo.content_en import ENGLISH as SERVICE_ENGLISH

ENGLISH = {"pages": PAGES_ENGLISH, "news": NEWS_ENGLISH, "careers": CAREERS_ENGLISH, "service": SERVICE_ENGLISH}
CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _page_rows(nodes, prefix=""):
    """The page tree flattened to ``Page.path`` → the translatable values, built as ``Page.build_path`` does."""
    rows = {}
    for node in nodes:
        path = f"{prefix}{node['slug']}/"
        rows[path] = {
            "title": node["title"],
            "nav_title": node.get("nav_title", ""),
            "summary": node.get("summary", ""),
            "body": node.get("body", "").strip(),
        }
        rows |= _page_rows(node.get("children", ()), path)
    return rows


def _originals():
    """Model label → lookup → field → the Chinese value the demo seeding writes."""
    site = pages_content.SITE_SETTINGS
    return {
        "pages.SiteSettings": {"site": dict(site)},
        "pages.Page": _page_rows(pages_content.PAGE_TREE),
        "pages.Banner": {
            title: {"title": title, "subtitle": sub, "alt": alt} for title, sub, _link, alt in pages_content.BANNERS
        },
        "pages.Honor": {row[1]: {"title": row[1], "issuer": row[3], "alt": row[1]} for row in pages_content.HONORS},
        "news.NewsCategory": {row["slug"]: dict(row) for row in news_content.CATEGORIES},
        "news.Article": {
            row["slug"]: {"title": row["title"], "summary": row.get("summary", ""), "body": row["body"].strip()}
            for row in news_content.ARTICLES
        },
        "careers.Job": {row["slug"]: dict(row) for row in careers_content.JOBS},
        "careers.Question": {q: {"question": q, "answer": a} for q, a in careers_content.QUESTIONS},
        "careers.PrivacyNotice": {
            careers_content.PRIVACY_NOTICE["version"]: {"body": careers_content.PRIVACY_NOTICE["body"].strip()}
        },
        "service.Office": {
            row[0]: {"name": row[0], "city": row[3], "address": row[4]} for row in service_content.OFFICES
        },
        "service.RepairStep": {
            title: {"title": title, "text": text} for title, text, _icon in service_content.REPAIR_STEPS
        },
    }


ORIGINALS = _originals()


def _entries():
    for app_label, english in ENGLISH.items():
        for label, rows in english.items():
            for lookup, fields in rows.items():
                for field, value in fields.items():
                    yield app_label, label, lookup, field, value


def _tags(html):
    """The start and end tags of ``html`` with their attributes, in document order."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append(("start", tag, tuple(attrs)))

        def handle_endtag(self, tag):
            found.append(("end", tag))

    parser = Collector()
    parser.feed(html)
    parser.close()
    return found


def _is_rich_text(label, field):
    return isinstance(apps.get_model(label)._meta.get_field(field), RichTextField)


def test_english_tables_cover_only_their_own_apps_models():
    for app_label, english in ENGLISH.items():
        assert english, app_label
        assert {label.split(".")[0] for label in english} == {app_label}
        assert set(english) <= set(ORIGINALS)


def test_every_english_lookup_names_a_row_of_the_chinese_content():
    missing = [(label, lookup) for _app, label, lookup, _f, _v in _entries() if lookup not in ORIGINALS[label]]
    assert missing == []


def test_every_english_field_is_a_model_field_the_original_fills():
    wrong = []
    for _app, label, lookup, field, value in _entries():
        apps.get_model(label)._meta.get_field(field)  # raises for a name that is no field
        original = ORIGINALS[label][lookup].get(field)
        if not original or not str(value).strip():
            wrong.append((label, lookup, field))
    assert wrong == []


def test_english_values_fit_their_columns():
    too_long = []
    for _app, label, lookup, field, value in _entries():
        max_length = apps.get_model(label)._meta.get_field(field).max_length
        if max_length and len(value.strip()) > max_length:
            too_long.append((label, lookup, field, len(value.strip()), max_length))
    assert too_long == []


def test_no_english_value_contains_chinese_characters():
    # No exception: every Chinese name (company, places, issuers) is translated or romanised.
    assert [(label, lookup, field) for _a, label, lookup, field, value in _entries() if CJK.search(value)] == []


def test_rich_text_keeps_the_originals_tags_and_attributes_in_order():
    checked, different = 0, []
    for _app, label, lookup, field, value in _entries():
        if _is_rich_text(label, field):
            checked += 1
            if _tags(value.strip()) != _tags(ORIGINALS[label][lookup][field]):
                different.append((label, lookup, field))
    assert different == []
    assert checked > 80


def test_tag_comparison_notices_a_forged_attribute_or_a_missing_tag():
    original = '<p>见<a href="/careers/status/">查询</a>页面。</p>'
    assert _tags('<p>See the <a href="/careers/status/">status</a> page.</p>') == _tags(original)
    assert _tags('<p>See the <a href="/careers/status/" onclick="x()">status</a> page.</p>') != _tags(original)
    assert _tags('<p>See the <a href="/evil/">status</a> page.</p>') != _tags(original)
    assert _tags("<p>See the status page.</p>") != _tags(original)
    assert CJK.search("Kede（科德）") and not CJK.search("Kede’s “quality” – 24/7, 80,000 m², Xi’an → ±30°")


@pytest.mark.parametrize(
    ("label", "fields"),
    [
        ("pages.Banner", {"title", "subtitle", "alt"}),
        ("pages.Honor", {"title", "issuer", "alt"}),
        ("news.NewsCategory", {"name", "summary"}),
        ("careers.Job", {"title", "department", "location", "duties", "requirements", "benefits"}),
        ("careers.Question", {"question", "answer"}),
        ("careers.PrivacyNotice", {"body"}),
        ("service.Office", {"name", "city", "address"}),
        ("service.RepairStep", {"title", "text"}),
    ],
)
def test_every_row_of_the_model_is_translated_in_full(label, fields):
    english = ENGLISH[label.split(".")[0]][label]
    assert set(english) == set(ORIGINALS[label])
    assert {lookup: set(values) for lookup, values in english.items()} == dict.fromkeys(english, fields)


def test_site_settings_texts_are_all_translated():
    assert set(PAGES_ENGLISH["pages.SiteSettings"]["site"]) == {
        "company_name", "short_name", "address", "copyright_line", "meta_description", "profile_summary",
    }  # fmt: skip


def test_every_page_has_title_summary_and_its_navigation_label():
    pages = PAGES_ENGLISH["pages.Page"]
    assert set(pages) == set(ORIGINALS["pages.Page"])
    for path, original in ORIGINALS["pages.Page"].items():
        wanted = {field for field in ("title", "nav_title", "summary") if original[field]}
        assert wanted <= set(pages[path]), path


def test_every_page_with_a_body_has_an_english_body_and_the_about_pages_do():
    pages = PAGES_ENGLISH["pages.Page"]
    about = [path for path in ORIGINALS["pages.Page"] if path.startswith("about/")]
    assert len(about) == 7
    assert all(pages[path].get("body") for path in about)
    assert [
        path for path, original in ORIGINALS["pages.Page"].items() if original["body"] and not pages[path].get("body")
    ] == []


def test_at_least_ten_articles_from_every_category_are_translated_in_full():
    articles = NEWS_ENGLISH["news.Article"]
    full = [slug for slug, fields in articles.items() if set(fields) == {"title", "summary", "body"}]
    assert len(full) >= 10
    categories = {row["slug"]: row["category"] for row in news_content.ARTICLES}
    assert {categories[slug] for slug in full} == {"company", "industry", "technical"}
