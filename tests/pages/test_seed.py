"""seed_demo: idempotent, and the demo site it builds is complete.

Seeding writes a few hundred images and renditions, so the module's tests share one seeded database
(the ``seeded`` fixture) and are marked slow: ``make test-quick`` leaves them out.
"""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core import serializers
from django.core.cache import cache
from django.core.management import call_command

from core.factories import image_file
from news.models import Article
from pages.models import Banner, Honor, Page, PartnerBrand, SiteSettings
from products.models import Case, CaseImage, Category, Product, ProductImage, ProductSpec, SpecField, Video
from products.models.catalog import duplicates_fitment

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

NINE_SECTIONS = ["关于科德", "产品中心", "产品应用", "新闻动态", "维修中心", "客户中心", "人才招聘", "联系我们"]
SEEDED_APPS = ["pages", "products", "news", "careers", "service"]
SHELL_URLS = [
    "/about/", "/about/culture/", "/about/rd/", "/about/production/", "/about/factory/",
    "/about/honors/", "/about/strengths/", "/repair/", "/repair/process/", "/service/after-sales/",
    "/service/message/", "/careers/", "/careers/training/", "/careers/qa/", "/careers/apply/", "/careers/status/",
    "/contact/", "/contact/network/",
]  # fmt: skip


def snapshot(media_root):
    rows = []
    for label in SEEDED_APPS:
        if not apps.is_installed(label):
            continue
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            rows.extend(json.loads(serializers.serialize("json", model._default_manager.order_by("pk"))))
    files = sorted(
        (str(path.relative_to(media_root)), path.stat().st_size) for path in media_root.rglob("*") if path.is_file()
    )
    return rows, files


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def test_second_seed_demo_changes_no_row_and_no_file(seeded):
    first = snapshot(seeded)
    output = seed()
    assert snapshot(seeded) == first  # updated_at included: nothing was saved again
    assert len(first[0]) > 500 and len(first[1]) > 100
    for label in SEEDED_APPS:
        assert f"{label}: " in output
    assert output.count("rows 0 created, 0 updated, ") == len(SEEDED_APPS)
    assert output.count("; 0 files written") == len(SEEDED_APPS)


def test_an_image_an_editor_uploaded_survives_a_second_seed(seeded):
    banner = Banner.objects.order_by("order").first()
    banner.image = image_file("trade-fair.jpg", size=(1920, 700))
    banner.save()
    uploaded = banner.image.name
    seed()
    banner.refresh_from_db()
    assert banner.image.name == uploaded and banner.image.width == 1920


def edit_a_seeded_product():
    """An editor renames a seeded product, uploads another cover and takes it off a case; returns what was seeded."""
    product = Product.objects.filter(cases__isnull=False).order_by("pk").first()
    case = product.cases.order_by("pk").first()
    seeded_name, seeded_cover = product.name, product.cover.name
    product.name = "编辑改过的名称"
    product.cover = image_file("editor-cover.jpg", size=(1000, 750))
    product.save()
    case.products.remove(product)
    return product, case, seeded_name, seeded_cover


def test_seed_demo_again_keeps_an_editors_product_name_image_and_links(seeded):
    product, case, seeded_name, seeded_cover = edit_a_seeded_product()
    uploaded = Product.objects.get(pk=product.pk).cover.name
    output = seed()
    product.refresh_from_db()
    assert product.name == "编辑改过的名称"
    assert product.cover.name == uploaded != seeded_cover and product.cover.width == 1000
    assert not case.products.filter(pk=product.pk).exists()
    assert output.count("rows 0 created, 0 updated, 0 unchanged, ") == len(SEEDED_APPS)


def test_seed_demo_reset_restores_the_demo_product_name_image_and_links_and_says_so(seeded):
    product, case, seeded_name, seeded_cover = edit_a_seeded_product()
    output = seed("--reset")
    product.refresh_from_db()
    assert product.name == seeded_name
    assert product.cover.name == seeded_cover and product.cover.width != 1000
    assert case.products.filter(pk=product.pk).exists()
    assert "Restoring the demo content" in output and "Demo content is restored" in output
    assert "products: " in output and "; 0 files written" in output


def test_seeded_news_links_to_seeded_products(seeded):
    # news is installed before products; it declares SEED_AFTER = ["products"] to find them.
    assert Article.objects.filter(related_products__isnull=False).distinct().count() >= 5


def test_seeded_company_details_and_shell_content(seeded):
    row = SiteSettings.load()
    assert row.company_name == "衡阳市科德工程机械制造有限公司"
    assert row.icp_number == "湘ICP备2020019050号-1"
    assert row.logo and row.wechat_qr and row.weibo_qr
    assert Page.objects.filter(level=0).count() == 8  # the ninth section, 首页, is the home view
    assert Honor.objects.published().count() >= 8
    assert Banner.objects.published().count() >= 3
    for item in [*Honor.objects.all(), *Banner.objects.all(), *ProductImage.objects.all(), *CaseImage.objects.all()]:
        item.full_clean()  # every seeded content image has its alt text
    assert list(PartnerBrand.objects.values_list("name", flat=True)) == [
        "沃尔沃", "大宇", "斗山", "神钢", "日立", "小松", "卡特",
    ]  # fmt: skip


def test_seeded_navigation_has_all_nine_sections_in_order_with_sub_menus(seeded, client):
    nav = client.get("/").content.decode().split('id="site-nav"')[1].split("</nav>")[0]
    positions = [nav.index(f">{label}<") for label in ["首页", *NINE_SECTIONS]]
    assert positions == sorted(positions)
    for entry in ["集团介绍", "荣誉资质", "破碎锤", "挖掘机挖斗", "松土器", "在线简历", "营销网络"]:
        assert f">{entry}<" in nav, entry


def test_every_seeded_shell_url_has_real_content(seeded, client):
    for path in SHELL_URLS:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode().split('<main id="main"')[1].split("</main>")[0]
        assert len(body) > 400, path
    response = client.get("/service/honors/", follow=True)
    assert response.redirect_chain == [("/about/honors/", 301)]
    assert response.content.decode().count('class="honor"') == Honor.objects.published().count()


def test_seeded_catalog_has_full_spec_tables_in_all_nine_types(seeded):
    roots = list(Category.objects.filter(parent=None))
    assert len(roots) == 9
    assert Product.objects.published().count() >= 40
    for root in roots:
        subcategories = root.get_children()
        assert subcategories.exists(), root
        assert Product.objects.in_category(root).exists(), root
        fields = SpecField.objects.filter(category=root).count()
        for product in Product.objects.in_category(root):
            assert ProductSpec.objects.filter(product=product).count() == fields, product
            assert product.tonnage_range, product  # the excavator weight: the fitment range, entered once
    assert not [field for field in SpecField.objects.all() if duplicates_fitment(field.name)]
    assert {root.slug for root in roots if not root.tonnage_is_key} == {"booms-arms", "vibro-hammers"}
    assert Case.objects.published().count() >= 3 and Video.objects.published().count() >= 2


def test_seeded_pages_stay_within_the_query_budget_on_a_cold_cache(seeded, client, django_assert_max_num_queries):
    product = Product.objects.published().first()
    for path in ["/", "/about/", "/about/honors/", "/products/", "/products/breakers/", product.get_absolute_url(),
                 "/products/search/?type=breakers&q=KD", "/applications/cases/"]:  # fmt: skip
        cache.clear()
        with django_assert_max_num_queries(10):
            assert client.get(path).status_code == 200, path


def test_seed_demo_writes_the_demo_english_and_keeps_an_editors_english_on_a_second_run(seeded):
    from products.demo.content_en import ENGLISH

    slug, texts = next(iter(ENGLISH["products.Product"].items()))
    product = Product.objects.get(slug=slug)
    assert product.name_en == texts["name"]  # the first run wrote the demo English
    assert "bauma" in Article.objects.get(slug="bauma-china-2024").search_title  # English words are searchable
    product.name_en = "An editor's English name"
    product.save()
    output = seed()
    product.refresh_from_db()
    assert product.name_en == "An editor's English name"
    assert "English texts written" not in output  # nothing left to fill in
