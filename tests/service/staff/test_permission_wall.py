"""Only Service (and superusers) see the inboxes and the repair photos: not the editors, not HR, not staff of
no group — not in the list, by a guessed URL, the history, autocomplete or the photo URL. Service in turn
sees no résumés and no user accounts."""

import pytest
from django.urls import reverse

from careers.factories import ApplicationFactory
from service.models import Message, RepairRequest
from tests.attention import attention_panel

from .conftest import make_message, make_repair

pytestmark = pytest.mark.django_db

SECRET_NAME = "欧阳秘密"
SECRET_PHONE = "13811112222"


@pytest.fixture
def records(product):
    message = make_message(name=SECRET_NAME, phone="+86" + SECRET_PHONE)
    inquiry = make_message(name=SECRET_NAME, products=[product])
    repair = make_repair(contact_name=SECRET_NAME, photos=1)
    return message, inquiry, repair


def urls(message, inquiry, repair):
    photo = repair.photos.get()
    found = {}
    for name, record in (("plainmessage", message), ("inquiry", inquiry), ("repairrequest", repair)):
        found |= {
            f"{name}-list": reverse(f"admin:service_{name}_changelist"),
            f"{name}-search": reverse(f"admin:service_{name}_changelist") + "?q=%E6%AC%A7%E9%98%B3",
            f"{name}-change": reverse(f"admin:service_{name}_change", args=[record.pk]),
            f"{name}-history": reverse(f"admin:service_{name}_history", args=[record.pk]),
            f"{name}-delete": reverse(f"admin:service_{name}_delete", args=[record.pk]),
        }
    return found | {
        "photo": reverse("admin:service_repairrequest_photo", args=[repair.pk, photo.pk]),
        "photo-of-none": reverse("admin:service_repairrequest_photo", args=[repair.pk, photo.pk + 1000]),
        "autocomplete": reverse("admin:autocomplete")
        + "?term=%E6%AC%A7&app_label=service&model_name=repairphoto&field_name=request",
    }


@pytest.mark.parametrize("group", ["Editors", "HR", None], ids=["editor", "hr", "staff-of-no-group"])
def test_other_staff_get_403_or_404_everywhere_and_see_no_visitor(staff_client, records, group):
    client, _user = staff_client(group)
    for name, url in urls(*records).items():
        response = client.get(url)
        assert response.status_code in (403, 404), (name, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert SECRET_NAME.encode() not in body and b"JFIF" not in body, name
    message, _inquiry, repair = records
    list_url = reverse("admin:service_plainmessage_changelist")
    for action in ("export_selected", "approve_for_board", "move_to_closed"):
        assert client.post(list_url, {"action": action, "_selected_action": [message.pk]}).status_code == 403
    change = reverse("admin:service_repairrequest_change", args=[repair.pk])
    assert client.post(change, {"status": "closed", "internal_notes": "x"}).status_code == 403
    repair.refresh_from_db()
    assert repair.status == "new" and repair.internal_notes == ""
    assert Message.objects.filter(on_board=True).count() == 0


@pytest.mark.parametrize("group", ["Editors", "HR", None], ids=["editor", "hr", "staff-of-no-group"])
def test_other_staffs_admin_index_shows_no_inbox_and_no_count(staff_client, records, group):
    client, _user = staff_client(group)
    response = client.get(reverse("admin:index"))
    html = response.content.decode()
    assert "/admin/service/" not in (attention_panel(response) or "") and SECRET_NAME not in html
    models = [model["object_name"] for app in response.context["app_list"] for model in app["models"]]
    assert not {"PlainMessage", "Inquiry", "RepairRequest", "RepairPhoto"} & set(models)


def test_editors_keep_the_sales_network_and_the_repair_process(staff_client):
    client, _user = staff_client("Editors")
    for name in ("office", "repairstep"):
        assert client.get(reverse(f"admin:service_{name}_changelist")).status_code == 200
        assert client.get(reverse(f"admin:service_{name}_add")).status_code == 200


def test_service_sees_no_resumes_no_users_and_no_other_content(service, records):
    client, _user = service
    application = ApplicationFactory(name="简历主人")
    refused = [
        reverse("admin:careers_application_changelist"),
        reverse("admin:careers_application_change", args=[application.pk]),
        reverse("admin:careers_application_resume", args=[application.pk]),
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:news_article_changelist"),
        reverse("admin:products_product_changelist"),
        reverse("admin:service_repairstep_changelist"),
        reverse("admin:core_outgoingmail_changelist"),
    ]
    for url in refused:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "简历主人" not in response.content.decode()
    index = client.get(reverse("admin:index"))
    assert [app["app_label"] for app in index.context["app_list"]] == ["service"]
    assert {m["object_name"] for m in index.context["app_list"][0]["models"]} == {
        "PlainMessage", "Inquiry", "RepairRequest", "Office"
    }  # fmt: skip


def test_service_reaches_every_inbox_page_and_the_photo(service, records):
    client, _user = service
    for name, url in urls(*records).items():
        if name in ("photo-of-none", "autocomplete"):
            continue
        assert client.get(url).status_code == 200, name
    assert SECRET_NAME in client.get(urls(*records)["plainmessage-search"]).content.decode()
    assert client.get(reverse("admin:service_repairrequest_add")).status_code == 403


@pytest.mark.parametrize("name", ["plainmessage-list", "repairrequest-change", "photo"])
def test_anonymous_visitors_are_sent_to_the_login(client, records, name):
    response = client.get(urls(*records)[name])
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_the_photo_is_shown_to_service_as_a_private_sandboxed_image(service, records):
    client, _user = service
    _message, _inquiry, repair = records
    photo = repair.photos.get()
    url = urls(*records)["photo"]
    response = client.get(url)
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Content-Type-Options"] == "nosniff" and response["Content-Security-Policy"] == "sandbox"
    assert response["Cache-Control"].startswith("private, no-store")
    assert b"".join(response.streaming_content) == photo.image.open("rb").read()
    page = client.get(reverse("admin:service_repairrequest_change", args=[repair.pk])).content.decode()
    assert f'<img src="{url}"' in page
    # The photo of another request is not reachable under this request's address.
    other = make_repair(photos=1)
    wrong = reverse("admin:service_repairrequest_photo", args=[repair.pk, other.photos.get().pk])
    assert client.get(wrong).status_code == 404


def test_a_missing_photo_file_is_404_not_500(service, records, settings):
    client, _user = service
    _message, _inquiry, repair = records
    (settings.PRIVATE_MEDIA_ROOT / repair.photos.get().image.name).unlink()
    assert client.get(urls(*records)["photo"]).status_code == 404


def test_photos_are_not_under_media_or_static(client, records, settings):
    stored = records[2].photos.get().image.name
    assert (settings.PRIVATE_MEDIA_ROOT / stored).is_file()
    for url in (f"/media/{stored}", f"/static/{stored}", f"/media/../{settings.PRIVATE_MEDIA_ROOT.name}/{stored}"):
        response = client.get(url)
        assert response.status_code in (400, 404), url


def test_deleting_a_repair_request_deletes_its_photo_files(
    service, records, settings, django_capture_on_commit_callbacks
):
    client, _user = service
    repair = records[2]
    stored = settings.PRIVATE_MEDIA_ROOT / repair.photos.get().image.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:service_repairrequest_delete", args=[repair.pk]), {"post": "yes"})
    assert response.status_code == 302 and not RepairRequest.objects.exists()
    assert not stored.exists()
