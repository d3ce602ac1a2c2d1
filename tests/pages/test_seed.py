"""seed_demo: idempotent, and the demo site it builds is complete.

Seeding writes a few hundred images and renditions, so the checks share as few seeds as possible.
"""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core import serializers
from django.core.cache import cache
from django.core.management import call_command

from pages.models import Banner, Honor, Page, PartnerBrand, SiteSettings
from products.models import Case, Category, Product, ProductSpec, SpecField, Video

pytestmark = pytest.mark.django_db

NINE_SECTIONS = ["关于科德", "产品中心", "产品应用", "新闻动态", "维修中心", "客户中心", "人才招聘", "联系我们"]
SEEDED_APPS = ["pages", "products", "news"]
SHELL_URLS = [
    "/about/", "/about/culture/", "/about/rd/", "/about/production/", "/about/factory/",
    "/about/honors/", "/about/strengths/", "/repair/", "/repair/process/", "/service/after-sales/",
    "/service/message/", "/careers/", "/careers/training/", "/careers/qa/", "/careers/apply/",
    "/contact/", "/contact/network/",
]  # fmt: skip


def snapshot(media_root):
    rows = []
    for label in SEEDED_APPS:
        if not apps.is_installed(label):
            continue
        for model in apps.get_app_config(label).get_models():
            for row in json.loads(serializers.serialize("json", model.objects.order_by("pk"))):
                for volatile in ("created_at", "updated_at"):
                    row["fields"].pop(volatile, None)
                rows.append(row)
    files = sorted(
        (str(path.relative_to(media_root)), path.stat().st_size) for path in media_root.rglob("*") if path.is_file()
    )
    return rows, files


def seed():
    call_command("seed_demo", stdout=StringIO())


def test_seed_demo_twice_gives_the_same_database_and_files(settings):
    seed()
    first = snapshot(settings.MEDIA_ROOT)
    seed()
    assert snapshot(settings.MEDIA_ROOT) == first
    assert len(first[0]) > 500 and len(first[1]) > 100


def test_seeded_site_is_complete(client, django_assert_max_num_queries):
    seed()

    # The company, from site settings.
    row = SiteSettings.load()
    assert row.company_name == "衡阳市科德工程机械制造有限公司"
    assert row.icp_number == "湘ICP备2020019050号-1"
    assert row.logo and row.wechat_qr and row.weibo_qr
    assert Page.objects.filter(level=0).count() == 8  # the ninth section, 首页, is the home view
    assert Honor.objects.published().count() >= 8
    assert Banner.objects.published().count() >= 3
    assert list(PartnerBrand.objects.values_list("name", flat=True)) == [
        "沃尔沃", "大宇", "斗山", "神钢", "日立", "小松", "卡特",
    ]  # fmt: skip

    # The navigation: all nine sections in order, with Chinese labels, sub-menus from data.
    nav = client.get("/").content.decode().split('id="site-nav"')[1].split("</nav>")[0]
    positions = [nav.index(f">{label}<") for label in ["首页", *NINE_SECTIONS]]
    assert positions == sorted(positions)
    for entry in ["集团介绍", "荣誉资质", "破碎锤", "挖掘机挖斗", "松土器", "在线简历", "营销网络"]:
        assert f">{entry}<" in nav, entry

    # Every shell URL has real content, not a placeholder.
    for path in SHELL_URLS:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode().split('<main id="main"')[1].split("</main>")[0]
        assert len(body) > 400, path
    response = client.get("/service/honors/", follow=True)
    assert response.redirect_chain == [("/about/honors/", 301)]
    assert response.content.decode().count('class="honor"') == Honor.objects.published().count()

    # The catalog: ≥ 40 products with full spec tables across all nine types and their subcategories.
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
    assert Case.objects.published().count() >= 3 and Video.objects.published().count() >= 2

    # The query budget, on the full demo content and a cold cache.
    product = Product.objects.published().first()
    for path in ["/", "/about/", "/about/honors/", "/products/", "/products/breakers/", product.get_absolute_url(),
                 "/products/search/?type=breakers&q=KD", "/applications/cases/"]:  # fmt: skip
        cache.clear()
        with django_assert_max_num_queries(10):
            assert client.get(path).status_code == 200, path
