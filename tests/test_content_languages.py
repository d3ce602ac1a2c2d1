"""Content in Chinese and English (django-modeltranslation): storage, fallback and its lang mark, the admin,
the sitemap, the search and the demo English."""

import re
from collections import Counter

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from careers.factories import JobFactory
from core.demo.english import UNKNOWN, WRITTEN, write_english
from core.demo.seeding import restoring
from core.fields import RichTextField
from news.factories import ArticleFactory
from products.models import Product, SpecField
from tests.sitemaps import sitemap_entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(catalog):
    return Product.objects.get(slug="kd-68s")


# Storage and fallback


def test_a_product_created_in_chinese_fills_the_chinese_column_and_english_falls_back(product):
    assert product.name_zh_hans == product.name and product.name_en in (None, "")
    with translation.override("en"):
        assert product.name == product.name_zh_hans  # no English yet: the Chinese
    product.name_en = "Hydraulic breaker"
    product.save()
    with translation.override("en"):
        assert Product.objects.get(pk=product.pk).name == "Hydraulic breaker"
    with translation.override("zh-hans"):
        assert Product.objects.get(pk=product.pk).name == product.name_zh_hans


def test_traditional_chinese_reads_the_simplified_column_never_the_english(client, product):
    product.name_en = "Hydraulic breaker"
    product.save()
    with translation.override("zh-hant"):
        assert Product.objects.get(pk=product.pk).name == product.name_zh_hans
    page = client.get(f"/zh-hant{product.get_absolute_url()}").content.decode()
    assert "Hydraulic breaker" not in re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)


def test_english_rich_text_is_the_same_sanitized_field_and_drops_a_script(product):
    field = Product._meta.get_field("body_en")
    assert isinstance(field, RichTextField)
    product.body_en = '<p>Strong</p><script>alert("x")</script><img src="x.png" onerror="alert(1)">'
    product.save()
    product.refresh_from_db()
    assert "<script" not in product.body_en and "onerror" not in product.body_en and "Strong" in product.body_en
    # The Chinese body is untouched by a save in English (the fallback is never written back into English).
    assert "<script" not in (product.body_zh_hans or "")


def test_a_save_in_english_does_not_copy_the_chinese_body_into_the_english_one(product):
    product.body_zh_hans = "<p>中文介绍</p>"
    product.save()
    with translation.override("en"):
        again = Product.objects.get(pk=product.pk)
        again.save()
    again.refresh_from_db()
    assert not again.body_en and again.body_zh_hans == "<p>中文介绍</p>"


def test_english_is_optional_and_chinese_required_in_the_model_fields():
    assert not Product._meta.get_field("name_zh_hans").blank
    assert Product._meta.get_field("name_en").blank
    assert SpecField._meta.get_field("name_en").null  # unique per type: empty English names are NULL


# The lang mark on English pages


MARK = re.compile(r'\slang="zh-Hans"')  # not hreflang="zh-Hans"


def h1(response):
    return re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1)


def test_an_english_product_page_marks_a_chinese_name_shown_for_a_missing_english_one(client, product):
    response = client.get(f"/en{product.get_absolute_url()}")
    assert h1(response) == f'<span lang="zh-Hans">{product.name_zh_hans}</span>'


def test_an_english_product_page_with_an_english_name_has_no_mark_on_it(client, product):
    product.name_en = "Side-type breaker"
    product.summary_en = "A breaker."
    product.save()
    response = client.get(f"/en{product.get_absolute_url()}")
    assert h1(response) == "Side-type breaker"
    assert 'class="product__summary">A breaker.' in response.content.decode()


def test_a_simplified_chinese_page_never_has_the_mark(client, product):
    for path in [product.get_absolute_url(), product.category.get_absolute_url(), "/products/", "/"]:
        assert not MARK.search(client.get(path).content.decode()), path


def test_english_rich_text_falling_back_is_marked_as_a_block(client, product):
    product.body_zh_hans = "<p>中文介绍</p>"
    product.save()
    page = client.get(f"/en{product.get_absolute_url()}").content.decode()
    assert re.search(r'<section class="rich-text product__body" lang="zh-Hans"[^>]*><p>中文介绍</p>', page)


def test_english_lists_mark_untranslated_cards_and_items(client, product):
    article = ArticleFactory(title="中文新闻标题")
    job = JobFactory(title="中文职位")
    cards = client.get(f"/en{product.category.get_absolute_url()}").content.decode()
    assert f'<span lang="zh-Hans">{product.name_zh_hans}</span>' in cards
    news = client.get("/en/news/").content.decode()
    assert f'<span lang="zh-Hans">{article.title}</span>' in news
    careers = client.get("/en/careers/").content.decode()
    assert f'<span lang="zh-Hans">{job.title}</span>' in careers


# The sitemap and hreflang


def product_urls(client):
    return {loc: alternates for loc, _lastmod, alternates in sitemap_entries(client) if "/kd-68s/" in loc}


def test_a_product_without_an_english_name_is_left_out_of_the_english_sitemap(client, product):
    urls = product_urls(client)
    path = product.get_absolute_url()
    assert set(urls) == {f"{settings.SITE_URL}{path}", f"{settings.SITE_URL}/zh-hant{path}"}
    assert all("en" not in alternates for alternates in urls.values())
    assert all(set(alternates) == {"zh-Hans", "zh-Hant", "x-default"} for alternates in urls.values())


def test_a_product_with_an_english_name_is_in_every_language_of_the_sitemap(client, product):
    product.name_en = "Side-type breaker"
    product.save()
    urls = product_urls(client)
    path = product.get_absolute_url()
    assert set(urls) == {
        f"{settings.SITE_URL}{path}",
        f"{settings.SITE_URL}/zh-hant{path}",
        f"{settings.SITE_URL}/en{path}",
    }
    assert all("en" in alternates for alternates in urls.values())


def test_list_pages_stay_in_every_language_of_the_sitemap(client, catalog):
    locs = {loc for loc, _lastmod, _alternates in sitemap_entries(client)}
    assert {
        f"{settings.SITE_URL}/products/",
        f"{settings.SITE_URL}/en/products/",
        f"{settings.SITE_URL}/zh-hant/products/",
    } <= locs


def test_the_page_head_names_no_english_alternate_for_an_untranslated_object(client, product):
    page = client.get(product.get_absolute_url()).content.decode()
    assert 'rel="alternate" hreflang="en"' not in page and 'rel="alternate" hreflang="zh-Hant"' in page
    product.name_en = "Side-type breaker"
    product.save()
    assert 'rel="alternate" hreflang="en"' in client.get(product.get_absolute_url()).content.decode()
    assert 'rel="alternate" hreflang="en"' in client.get("/products/").content.decode()


# The search


def test_english_search_finds_a_product_by_its_english_name_and_shows_it(client, product):
    product.name_en = "Side-type hydraulic breaker"
    product.save()
    page = client.get("/en/search/", {"q": "breaker"}).content.decode()
    assert product.get_absolute_url() in page
    assert "Side-type hydraulic <mark>breaker</mark>" in page or "Side-type hydraulic <mark>Breaker</mark>" in page


def test_chinese_search_still_finds_the_product_by_its_english_name_and_shows_the_chinese(client, product):
    product.name_en = "Side-type hydraulic breaker"
    product.save()
    page = client.get("/search/", {"q": "breaker"}).content.decode()
    assert product.get_absolute_url() in page and "Side-type" not in page


def test_an_article_is_found_by_its_english_words(client):
    article = ArticleFactory(title="新品发布", title_en="New silenced breaker launched")
    assert "silenced" in article.search_title
    page = client.get("/en/search/", {"q": "silenced"}).content.decode()
    assert article.get_absolute_url() in page


# The admin


def test_the_admin_shows_each_translated_field_in_chinese_and_english_with_its_css(admin_client, product):
    page = admin_client.get(reverse("admin:products_product_change", args=[product.pk])).content.decode()
    assert 'name="name_zh_hans"' in page and 'name="name_en"' in page and 'name="name"' not in page
    assert "名称 [中文]" in page and "名称 [英文]" in page
    assert "css/admin-languages" in page
    assert "jquery-ui" not in page.lower() and "cdn" not in page.lower()


def test_the_admin_saves_the_english_text_beside_the_chinese(admin_client, product):
    from tests.admin_forms import save_change_form_repeatedly

    url = reverse("admin:products_product_change", args=[product.pk])
    save_change_form_repeatedly(admin_client, url, name_en="Side-type breaker", body_en="<p>x</p><script>1</script>")
    product.refresh_from_db()
    assert product.name_en == "Side-type breaker" and product.body_en == "<p>x</p>"
    assert product.name_zh_hans == "侧置式液压破碎锤"  # the Chinese is kept


def test_the_language_labels_follow_the_admins_language():
    field = Product._meta.get_field("name_en")
    with translation.override("en"):
        assert str(field.verbose_name) == "name [English]"
    with translation.override("zh-hans"):
        assert str(field.verbose_name) == "名称 [英文]"
        assert str(Product._meta.get_field("name_zh_hans").verbose_name) == "名称 [中文]"


# The demo English


def test_demo_english_fills_empty_english_texts_once_and_keeps_an_editors_text(product):
    english = {"products.Product": {"kd-68s": {"name": "Breaker", "body": "<p>B</p><script>x</script>"}}}
    counts = write_english(Counter(), english)
    product.refresh_from_db()
    assert (product.name_en, product.body_en) == ("Breaker", "<p>B</p>") and counts[WRITTEN] == 2
    assert "breaker" in product.name_en.lower()
    assert write_english(Counter(), english)[WRITTEN] == 0  # the second run writes nothing
    product.name_en = "Editor's breaker"
    product.save()
    write_english(Counter(), english)
    product.refresh_from_db()
    assert product.name_en == "Editor's breaker"
    with restoring():
        write_english(Counter(), english)
    product.refresh_from_db()
    assert product.name_en == "Breaker"


def test_demo_english_finds_rows_by_chinese_text_and_reports_unknown_lookups(catalog, caplog):
    field = SpecField.objects.order_by("pk").first()
    english = {
        "products.SpecField": {field.name_zh_hans: {"name": "Impact energy"}, "没有这个参数": {"name": "Nothing"}},
        "products.Product": {"no-such-product": {"name": "Nothing"}},
    }
    counts = write_english(Counter(), english)
    field.refresh_from_db()
    assert field.name_en == "Impact energy"
    assert counts[UNKNOWN] == 2 and "no-such-product" in caplog.text


def test_demo_english_refreshes_the_search_columns(product):
    article = ArticleFactory(slug="launch", title="新品发布")
    write_english(Counter(), {"news.Article": {"launch": {"title": "Launch of the silenced breaker"}}})
    article.refresh_from_db()
    assert "silenced" in article.search_title and "新品发布" in article.search_title


def test_a_category_page_without_an_english_name_names_no_english_alternate(client, catalog):
    category = catalog["side"]
    assert 'rel="alternate" hreflang="en"' not in client.get(category.get_absolute_url()).content.decode()
    category.name_en = "Side-type breakers"
    category.save()
    assert 'rel="alternate" hreflang="en"' in client.get(category.get_absolute_url()).content.decode()
