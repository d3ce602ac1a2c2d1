import pytest
from django.urls import reverse

from careers.factories import JobFactory
from core.slugs import pinyin_slug, unique_slug
from news.factories import ArticleFactory, NewsCategoryFactory
from pages.factories import PageFactory
from products.factories import CaseFactory, CategoryFactory, ExcavatorBrandFactory, ProductFactory
from products.models import Category, Product
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def test_a_chinese_title_becomes_an_ascii_pinyin_slug():
    assert pinyin_slug("KD-80 液压破碎锤（重型）") == "kd-80-ye-ya-po-sui-chui-zhong-xing"


@pytest.mark.parametrize(
    ("factory", "title_field", "expected"),
    [
        (ProductFactory, "name", "ye-ya-po-sui-chui"),
        (CategoryFactory, "name", "ye-ya-po-sui-chui"),
        (ExcavatorBrandFactory, "name", "ye-ya-po-sui-chui"),
        (CaseFactory, "title", "ye-ya-po-sui-chui"),
        (NewsCategoryFactory, "name", "ye-ya-po-sui-chui"),
        (ArticleFactory, "title", "ye-ya-po-sui-chui"),
        (PageFactory, "title", "ye-ya-po-sui-chui"),
        (JobFactory, "title", "ye-ya-po-sui-chui"),
    ],
)
def test_every_model_with_a_slug_fills_an_empty_one_from_its_title(factory, title_field, expected):
    item = factory(**{title_field: "液压破碎锤", "slug": ""})
    item.refresh_from_db()
    assert item.slug == expected


def test_a_taken_slug_gets_a_number_2_then_3():
    first = ProductFactory(name="液压破碎锤", slug="")
    second = ProductFactory(name="液压破碎锤", slug="")
    third = ProductFactory(name="液压破碎锤", slug="")
    assert [first.slug, second.slug, third.slug] == ["ye-ya-po-sui-chui", "ye-ya-po-sui-chui-2", "ye-ya-po-sui-chui-3"]


def test_a_slug_is_cut_to_the_field_length_suffix_included():
    ProductFactory(name="液" * 80, slug="")
    slug = unique_slug(Product, "液" * 80)
    assert len(slug) <= 80 and slug.endswith("-2")


def test_a_slug_the_editor_types_is_kept():
    assert ProductFactory(name="液压破碎锤", slug="kd-breaker").slug == "kd-breaker"


def test_reserved_slugs_are_skipped():
    assert CategoryFactory(name="Compare", slug="").slug == "compare-2"


def test_page_slugs_are_unique_among_siblings_only():
    about, news = PageFactory(slug="about"), PageFactory(slug="more")
    assert PageFactory(title="企业文化", slug="", parent=about).slug == "qi-ye-wen-hua"
    assert PageFactory(title="企业文化", slug="", parent=news).slug == "qi-ye-wen-hua"
    assert PageFactory(title="企业文化", slug="", parent=about).slug == "qi-ye-wen-hua-2"


def test_admin_fills_an_empty_slug_in_pinyin_and_the_editor_can_change_it(admin_client):
    response = admin_client.post(
        reverse("admin:products_category_add"), {"name": "液压剪", "slug": "", "order": 0, "is_published": "on"}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    category = Category.objects.get(name="液压剪")
    assert category.slug == "ye-ya-jian"
    url = reverse("admin:products_category_change", args=[category.pk])
    response = admin_client.post(url, change_form_data(admin_client, url, slug="shears"))
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.slug == "shears"
