import json
from io import StringIO

import pytest
from django.core import serializers
from django.core.management import call_command

from pages.models import Banner, Honor, Page, PartnerBrand, SiteSettings

pytestmark = pytest.mark.django_db

NINE_SECTIONS = ["关于科德", "产品中心", "产品应用", "新闻动态", "维修中心", "客户中心", "人才招聘", "联系我们"]


def snapshot(media_root):
    rows = []
    for model in (SiteSettings, Page, Banner, Honor, PartnerBrand):
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
    assert len(first[0]) > 50 and len(first[1]) > 20


def test_seed_demo_loads_the_company_and_every_section(client):
    seed()
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


def test_navigation_shows_all_nine_sections_in_order_with_chinese_labels(client):
    seed()
    html = client.get("/").content.decode()
    nav = html.split('id="site-nav"')[1].split("</nav>")[0]
    labels = ["首页", *NINE_SECTIONS]
    positions = [nav.index(f">{label}<") for label in labels]
    assert positions == sorted(positions)
    assert ">集团介绍<" in nav and ">荣誉资质<" in nav and ">破碎锤<" in nav and ">在线简历<" in nav


SHELL_URLS = [
    "/about/", "/about/culture/", "/about/rd/", "/about/production/", "/about/factory/",
    "/about/honors/", "/about/strengths/", "/products/", "/products/breakers/", "/applications/cases/",
    "/repair/", "/repair/process/", "/service/after-sales/", "/service/message/",
    "/careers/", "/careers/training/", "/careers/qa/", "/careers/apply/", "/contact/", "/contact/network/",
]  # fmt: skip


def test_every_design_url_of_the_shell_has_real_content(client):
    seed()
    for path in SHELL_URLS:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode().split('<main id="main"')[1].split("</main>")[0]
        assert len(body) > 400, path  # real text, not a placeholder


def test_customer_center_honors_entry_leads_to_the_honors_gallery(client):
    seed()
    response = client.get("/service/honors/", follow=True)
    assert response.redirect_chain == [("/about/honors/", 301)]
    assert response.content.decode().count('class="honor"') == Honor.objects.published().count()


@pytest.mark.parametrize("path", ["/", "/about/", "/about/honors/"])
def test_seeded_pages_stay_within_the_query_budget(client, django_assert_max_num_queries, path):
    seed()
    with django_assert_max_num_queries(10):
        assert client.get(path).status_code == 200
