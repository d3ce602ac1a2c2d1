"""The service desk: one inbox per kind, the workflow, assignee and notes, filters, search and the export."""

import io

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from products.factories import CategoryFactory, ProductFactory
from service.models import Message, RepairRequest
from tests.admin_forms import change_form_data

from .conftest import make_message, make_office, make_repair

pytestmark = pytest.mark.django_db

MESSAGES = reverse("admin:service_plainmessage_changelist")
INQUIRIES = reverse("admin:service_inquiry_changelist")
REPAIRS = reverse("admin:service_repairrequest_changelist")


def listed(response):
    assert response.status_code == 200
    return {record.pk for record in response.context["cl"].result_list}


def change_url(record):
    name = "repairrequest" if isinstance(record, RepairRequest) else record.kind.replace("message", "plainmessage")
    return reverse(f"admin:service_{name}_change", args=[record.pk])


def test_each_kind_has_its_own_inbox(service, product):
    client, _user = service
    message = make_message(subject="交货期")
    inquiry = make_message(products=[product], subject="询价")
    repair = make_repair()
    assert listed(client.get(MESSAGES)) == {message.pk}
    assert listed(client.get(INQUIRIES)) == {inquiry.pk}
    assert listed(client.get(REPAIRS)) == {repair.pk}
    assert "液压破碎锤 KD-68" in client.get(INQUIRIES).content.decode()
    # An inquiry is not reachable through the messages inbox, nor the other way round.
    assert client.get(reverse("admin:service_plainmessage_change", args=[inquiry.pk])).status_code == 302
    assert Message.objects.get(pk=inquiry.pk).kind == "inquiry"


@pytest.mark.parametrize("url", [MESSAGES, INQUIRIES, REPAIRS])
def test_nothing_can_be_added_in_the_admin(service, url):
    client, _user = service
    assert client.get(url.replace("/", "/", 1) + "add/").status_code == 403


def test_the_filters_of_the_inboxes(service):
    client, _user = service
    make_office()
    CategoryFactory(name="破碎锤")
    paths = {
        url: [getattr(spec, "field_path", getattr(spec, "parameter_name", None)) for spec in
              client.get(url).context["cl"].filter_specs]
        for url in (MESSAGES, INQUIRIES, REPAIRS)
    }  # fmt: skip
    assert paths[MESSAGES] == ["status", "office", "province", "assigned", "on_board", "created_at"]
    assert paths[INQUIRIES] == ["status", "office", "province", "product_type", "assigned", "on_board", "created_at"]
    assert paths[REPAIRS] == ["status", "office", "province", "equipment_type", "assigned", "created_at"]


def test_filter_by_office_province_status_and_date(service):
    client, user = service
    changsha, guangzhou = make_office(name="长沙办"), make_office(name="广州办", provinces_covered=["guangdong"])
    hunan = make_message(office=changsha, province="hunan")
    guangdong = make_message(office=guangzhou, province="guangdong", status="in_progress", assignee=user)
    unrouted = make_message(office=None, province="xizang")
    Message.objects.filter(pk=unrouted.pk).update(created_at=timezone.now() - timezone.timedelta(days=40))
    assert listed(client.get(MESSAGES, {"office__id__exact": changsha.pk})) == {hunan.pk}
    assert listed(client.get(MESSAGES, {"office__isnull": "True"})) == {unrouted.pk}
    assert listed(client.get(MESSAGES, {"province__exact": "guangdong"})) == {guangdong.pk}
    assert listed(client.get(MESSAGES, {"status__exact": "new"})) == {hunan.pk, unrouted.pk}
    assert listed(client.get(MESSAGES, {"assigned": "me"})) == {guangdong.pk}
    assert listed(client.get(MESSAGES, {"assigned": "nobody"})) == {hunan.pk, unrouted.pk}
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    since = str(midnight - timezone.timedelta(days=7))  # what the date filter's "past 7 days" link sends
    assert listed(client.get(MESSAGES, {"created_at__gte": since})) == {hunan.pk, guangdong.pk}


def test_routing_history_stays_when_an_office_changes_its_coverage(service):
    client, _user = service
    office = make_office(provinces_covered=["hunan"])
    message = make_message(office=office)
    office.provinces_covered = ["hubei"]
    office.save()
    assert listed(client.get(MESSAGES, {"office__id__exact": office.pk})) == {message.pk}


def test_filter_inquiries_by_product_type_and_repairs_by_equipment_type(service):
    client, _user = service
    breakers = CategoryFactory(name="破碎锤")
    buckets = CategoryFactory(name="挖斗")
    heavy = CategoryFactory(name="重型破碎锤", parent=breakers)
    about_breaker = make_message(products=[ProductFactory(category=heavy), ProductFactory(category=heavy)])
    about_bucket = make_message(products=[ProductFactory(category=buckets)])
    assert listed(client.get(INQUIRIES, {"product_type": breakers.pk})) == {about_breaker.pk}
    assert len(client.get(INQUIRIES, {"product_type": breakers.pk}).context["cl"].result_list) == 1  # no duplicate
    assert listed(client.get(INQUIRIES, {"product_type": buckets.pk})) == {about_bucket.pk}
    assert listed(client.get(INQUIRIES, {"product_type": "x"})) == set()
    breaker_repair = make_repair(equipment_type=breakers)
    make_repair(equipment_type=buckets)
    assert listed(client.get(REPAIRS, {"equipment_type__id__exact": breakers.pk})) == {breaker_repair.pk}


@pytest.mark.parametrize("term", ["王芳", "13812345678", "138 1234 5678", "wang@example.com", "三一重工"], ids=str)
def test_search_by_name_phone_email_or_company(service, term):
    client, _user = service
    wanted = make_message(name="王芳", phone="+8613812345678", email="wang@example.com", company="三一重工")
    make_message(name="赵强")
    assert listed(client.get(MESSAGES, {"q": term})) == {wanted.pk}


def test_search_repairs_by_reference_serial_number_or_phone(service):
    client, _user = service
    wanted = make_repair(serial_number="SN-2026-0815", phone="+8613911112222")
    make_repair()
    for term in (wanted.reference.lower(), "SN-2026-0815", "139 1111 2222"):
        assert listed(client.get(REPAIRS, {"q": term})) == {wanted.pk}, term
    assert listed(client.get(REPAIRS, {"q": wanted.reference[:5]})) == set()  # no probing by prefix


def test_the_status_form_offers_only_the_workflows_next_steps(service):
    client, _user = service
    message = make_message(status="closed")
    url = change_url(message)
    form = client.get(url).context["adminform"].form
    assert [value for value, _label in form.fields["status"].choices] == ["in_progress", "closed"]
    response = client.post(url, change_form_data(client, url, status="new"))
    assert response.status_code == 200 and "status" in response.context["adminform"].form.errors
    message.refresh_from_db()
    assert message.status == "closed"


def test_staff_assign_note_and_move_on_but_cannot_change_what_the_visitor_wrote(service):
    client, user = service
    message = make_message(name="王芳", body="<script>alert(1)</script>请报价")
    url = change_url(message)
    page = client.get(url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;请报价" in page and "<script>alert(1)" not in page
    data = change_form_data(client, url, name="篡改", body="x", phone="+8613000000000", status="in_progress",
                            assignee=str(user.pk), internal_notes="已电话联系")  # fmt: skip
    assert client.post(url, data).status_code == 302
    message.refresh_from_db()
    assert (message.name, message.body) == ("王芳", "<script>alert(1)</script>请报价")
    assert message.phone != "+8613000000000"
    assert (message.status, message.assignee, message.internal_notes) == ("in_progress", user, "已电话联系")
    # The second, unchanged save changes nothing.
    assert client.post(url, change_form_data(client, url)).status_code == 302
    message.refresh_from_db()
    assert message.status == "in_progress" and message.replied_at is None


def test_only_service_staff_can_be_assigned(service, staff_client):
    client, user = service
    staff_client("Editors", username="editor-wu")
    staff_client("HR", username="hr-li")
    message = make_message()
    choices = client.get(change_url(message)).context["adminform"].form.fields["assignee"].queryset
    assert list(choices.values_list("username", flat=True)) == [user.username]


@pytest.mark.parametrize(("action", "status"), [("move_to_in_progress", "in_progress"), ("move_to_closed", "closed")])
def test_bulk_actions_move_the_selection(service, action, status):
    client, _user = service
    repairs = [make_repair() for _ in range(3)]
    response = client.post(REPAIRS, {"action": action, "_selected_action": [r.pk for r in repairs]}, follow=True)
    assert response.status_code == 200
    assert set(RepairRequest.objects.values_list("status", flat=True)) == {status}


def test_a_bulk_move_the_workflow_forbids_leaves_those_alone(service):
    client, _user = service
    fresh, closed = make_repair(), make_repair(status="closed")
    response = client.post(
        REPAIRS, {"action": "move_to_answered", "_selected_action": [fresh.pk, closed.pk]}, follow=True
    )
    fresh.refresh_from_db()
    closed.refresh_from_db()
    assert (fresh.status, closed.status) == ("answered", "closed")
    assert sorted(m.level_tag for m in get_messages(response.wsgi_request)) == ["success", "warning"]


def export(client, url, records):
    response = client.post(url, {"action": "export_selected", "_selected_action": [r.pk for r in records]})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"].startswith("private, no-store")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_export_of_selected_inquiries_opens_with_chinese_text_and_no_formula(service, product):
    client, _user = service
    office = make_office(name="长沙办事处")
    hostile = make_message(products=[product], name='=HYPERLINK("http://evil.example","点")', company="@SUM(A1)",
                           subject="+1-1", body="-2+3", office=office, phone="+8613812345678")  # fmt: skip
    plain = make_message(products=[product], name="李娜", email="li@example.com")
    make_message(products=[product], name="未选中")
    rows = export(client, INQUIRIES, [hostile, plain])
    assert len(rows) == 3
    header = rows[0]
    by_reference = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    row = by_reference[hostile.reference]
    values = list(row.values())
    assert '\'=HYPERLINK("http://evil.example","点")' in values and "'@SUM(A1)" in values
    assert "'+1-1" in values and "'-2+3" in values
    assert "13812345678" in values and "长沙办事处" in values and "湖南省" in values and "液压破碎锤 KD-68" in values
    assert "李娜" in by_reference[plain.reference].values()
    assert "未选中" not in str(rows)


def test_export_of_selected_repair_requests(service):
    client, _user = service
    repair = make_repair(photos=2, fault="=cmd|' /C calc'!A0", serial_number="SN-1")
    rows = export(client, REPAIRS, [repair])
    values = rows[1]
    assert "'=cmd|' /C calc'!A0" in values and "SN-1" in values and 2 in values
    assert b"JFIF" not in b"".join(str(v).encode() for v in values)  # a count of photos, never their bytes
