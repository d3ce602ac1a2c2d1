"""The applicant's desk: reference + phone → the status in plain words; one answer for any wrong
guess; withdrawing deletes the record and the file at once."""

import pytest
from django.test import Client

from careers.factories import ApplicationFactory
from careers.models import Application

from .conftest import hidden_fields, private_files

pytestmark = pytest.mark.django_db
DESK = "/careers/status/"


@pytest.fixture
def application():
    return ApplicationFactory(phone="+8613812345678", name="王小明")


def look_up(client, reference, phone):
    return client.post(DESK, {**hidden_fields(client, DESK), "reference": reference, "phone": phone})


@pytest.mark.parametrize("typed_phone", ["13812345678", "138 1234 5678", "+86 138-1234-5678"])
def test_the_right_reference_and_phone_show_the_status_in_plain_words(client, application, typed_phone):
    response = look_up(client, application.reference.lower(), typed_phone)
    assert response.status_code == 302 and response["Location"] == DESK
    page = client.get(DESK).content.decode()
    assert application.reference in page
    assert "已收到" in page
    assert "no-store" in client.get(DESK)["Cache-Control"]


def test_the_status_follows_hr(client, application):
    application.move_to(Application.Status.INTERVIEW)
    look_up(client, application.reference, "13812345678")
    assert "审核中" in client.get(DESK).content.decode()
    application.move_to(Application.Status.REJECTED)
    assert "已结束" in client.get(DESK).content.decode()


def desk_answer(response):
    """The visible answer without the per-request tokens."""
    import re

    page = response.content.decode()
    return re.sub(r'value="[^"]*"', "", page[page.index("<main") : page.index("</main>")])


def test_a_wrong_reference_and_a_wrong_phone_get_the_same_answer(client, application):
    other = ApplicationFactory(phone="+8613900000000")
    wrong_reference = look_up(client, "KD23456789AB", "13812345678")
    wrong_phone = look_up(Client(), application.reference, "13900000000")
    bad_phone = look_up(Client(), application.reference, "not a phone")
    assert wrong_reference.status_code == wrong_phone.status_code == bad_phone.status_code == 200
    assert "没有找到与该申请编号和手机号码相符的申请" in wrong_reference.content.decode()
    answer = desk_answer(wrong_reference)
    assert desk_answer(wrong_phone) == answer
    assert other.reference not in wrong_phone.content.decode()
    assert "申请 KD" not in wrong_reference.content.decode()


def test_guessing_on_the_desk_is_rate_limited(client, application):
    for _ in range(5):
        assert look_up(client, "KD23456789AB", "13812345678").status_code == 200
    response = look_up(client, application.reference, "13812345678")
    assert response.status_code == 429


def test_withdrawing_deletes_the_application_and_its_file_at_once(
    client, application, settings, django_capture_on_commit_callbacks
):
    path = settings.PRIVATE_MEDIA_ROOT / application.resume.name
    assert path.is_file()
    look_up(client, application.reference, "13812345678")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/careers/status/withdraw/", {"csrfmiddlewaretoken": hidden_fields(client, DESK)["csrfmiddlewaretoken"]}
        )
    assert response.status_code == 302
    assert not Application.objects.filter(pk=application.pk).exists()
    assert not path.exists() and private_files(settings) == []
    assert "您的申请和简历文件已删除" in client.get(DESK).content.decode()


def test_withdrawing_twice_or_without_a_lookup_deletes_nothing(client, application):
    keep = ApplicationFactory()
    assert client.post("/careers/status/withdraw/").status_code == 302
    assert Application.objects.count() == 2
    look_up(client, application.reference, "13812345678")
    client.post("/careers/status/withdraw/")
    client.post("/careers/status/withdraw/")
    assert list(Application.objects.all()) == [keep]


def test_withdraw_needs_a_post_with_csrf(application):
    client = Client(enforce_csrf_checks=True)
    data = hidden_fields(client, DESK)
    client.post(DESK, {**data, "reference": application.reference, "phone": "13812345678"})
    assert client.get("/careers/status/withdraw/").status_code == 405
    assert client.post("/careers/status/withdraw/").status_code == 403
    assert Application.objects.filter(pk=application.pk).exists()


def test_a_desk_session_cannot_reach_another_application(client, application):
    other = ApplicationFactory(phone="+8613900000000")
    look_up(client, application.reference, "13812345678")
    client.post("/careers/status/withdraw/", {"pk": other.pk})
    assert Application.objects.filter(pk=other.pk).exists()
