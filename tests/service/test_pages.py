"""The public pages: the repair center and its process, the board, contact and the sales network."""

import pytest
from django.utils import timezone

from core.factories import image_file
from pages.factories import PageFactory, SiteSettingsFactory
from products.factories import ProductFactory
from service.factories import MessageFactory, OfficeFactory, RepairStepFactory
from service.models import Office
from service.provinces import PROVINCE_NAMES, REGIONS

pytestmark = pytest.mark.django_db


def test_the_provinces_are_the_34_divisions_each_in_one_region():
    assert len(PROVINCE_NAMES) == 34
    grouped = [code for codes in REGIONS.values() for code in codes]
    assert sorted(grouped) == sorted(PROVINCE_NAMES) and len(grouped) == 34
    assert PROVINCE_NAMES["hunan"] == "湖南省"


def test_office_coverage_must_be_known_distinct_province_codes():
    from django.core.exceptions import ValidationError

    office = OfficeFactory.build(provinces_covered=["hunan", "atlantis"])
    with pytest.raises(ValidationError, match="atlantis"):
        office.full_clean()
    office.provinces_covered = ["hunan", "hunan"]
    with pytest.raises(ValidationError):
        office.full_clean()


def test_the_repair_center_keeps_the_page_tree_text_and_links_to_the_form(client):
    PageFactory(title="中心简介", slug="repair", body="<p>可维修各品牌破碎锤。</p>")
    html = client.get("/repair/").content.decode()
    assert "可维修各品牌破碎锤。" in html and 'href="/repair/request/"' in html and 'href="/repair/status/"' in html


def test_the_process_shows_published_steps_in_order_as_a_timeline(client):
    RepairStepFactory(title="测试", order=2)
    RepairStepFactory(title="报修", order=1, image=image_file("step.jpg"))
    RepairStepFactory(title="草稿步骤", order=3, is_published=False)
    html = client.get("/repair/process/").content.decode()
    assert html.index("报修") < html.index("测试") and "草稿步骤" not in html and 'class="timeline"' in html


def test_the_board_shows_approved_messages_newest_first_never_contact_details(client):
    old = MessageFactory(subject="旧留言", on_board=True, public_reply="旧回复", replied_at=timezone.now())
    new = MessageFactory(subject="新留言", on_board=True, public_reply="新回复", replied_at=timezone.now())
    MessageFactory(subject="未审核留言", on_board=False, public_reply="不该出现")
    html = client.get("/service/message/").content.decode()
    assert html.index(new.subject) < html.index(old.subject)
    assert "新回复" in html and "未审核留言" not in html and "不该出现" not in html
    for secret in ("+8613812345678", "13812345678", "wang@example.com", "衡阳土方工程公司"):
        assert secret not in html


def test_the_board_paginates_and_a_bad_page_number_never_fails(client):
    for n in range(23):
        MessageFactory(subject=f"留言{n:02d}", on_board=True)
    assert "留言22" in client.get("/service/message/").content.decode()
    assert "留言00" in client.get("/service/message/?page=3").content.decode()
    assert client.get("/service/message/?page=abc").status_code == 200
    assert client.get("/service/message/?page=99999").status_code == 200


def test_approving_a_message_for_the_board_shows_it_on_the_next_visit(client):
    message = MessageFactory(subject="等待审核")
    assert "等待审核" not in client.get("/service/message/").content.decode()
    message.on_board = True
    message.save()
    assert "等待审核" in client.get("/service/message/").content.decode()


def test_a_visitor_submission_does_not_empty_the_page_cache(client):
    from core.cache import content_version

    before = content_version()
    MessageFactory()
    assert content_version() == before


def test_contact_shows_site_settings_the_location_image_and_no_map_script(client):
    SiteSettingsFactory(
        phone="0734-8888666", fax="0734-8888667", email="info@kedegroup.cn", location_image=image_file("map.jpg")
    )
    html = client.get("/contact/").content.decode()
    assert "0734-8888667" in html and "info@kedegroup.cn" in html and "contact-location" in html
    assert "map.baidu" not in html and "amap" not in html


def test_the_network_groups_offices_by_region_and_province_and_filters_without_javascript(client):
    OfficeFactory(name="长沙办事处", province="hunan", provinces_covered=["hunan", "jiangxi"])
    OfficeFactory(name="广州办事处", province="guangdong", city="广州", provinces_covered=["guangdong"])
    OfficeFactory(name="草稿网点", province="hunan", is_published=False)
    html = client.get("/contact/network/").content.decode()
    assert "华中" in html and "华南" in html and "湖南省" in html and "草稿网点" not in html
    filtered = client.get("/contact/network/?province=jiangxi").content.decode()
    assert "长沙办事处" in filtered and "广州办事处" not in filtered and "江西省" in filtered
    everything = client.get("/contact/network/?province=atlantis").content.decode()
    assert "长沙办事处" in everything and "广州办事处" in everything
    assert "<script" not in html.split('class="article network"')[1].split("</article>")[0]


def test_offices_e_mail_addresses_are_never_shown(client):
    OfficeFactory(name="长沙办事处", email="secret-office@kedegroup.cn")
    assert "secret-office@kedegroup.cn" not in client.get("/contact/network/").content.decode()


def test_the_compare_page_links_to_an_inquiry_about_its_products(client):
    from products.factories import CategoryFactory

    category = CategoryFactory(slug="breakers")
    first = ProductFactory(slug="kd-68", category=category)
    second = ProductFactory(slug="kd-90", category=category)
    html = client.get(f"/products/compare/?ids={first.pk},{second.pk}").content.decode()
    assert 'href="/service/message/?product=kd-68&amp;product=kd-90"' in html


def test_unpublished_offices_are_not_routed_to():
    OfficeFactory(provinces_covered=["hunan"], is_published=False)
    assert Office.objects.route("hunan") is None
