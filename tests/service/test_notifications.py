"""The office notification and the visitor's confirmation: after commit, plain text, never lost."""

import socket
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from core.models import OutgoingMail
from service.models import Message, RepairRequest

from .conftest import hidden_fields, photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_down(settings):
    """SMTP to a port on 127.0.0.1 where nothing listens: a real connection failure."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5


def send_repair(client):
    data = {
        **hidden_fields(client, "/repair/request/"),
        "contact_name": "李师傅",
        "phone": "13923456789",
        "email": "li@example.com",
        "province": "jiangxi",
        "brand_model": "KD-140",
        "fault": "漏油",
        "preferred_time": "any",
        "photos": [photo()],
    }
    return client.post("/repair/request/", data)


def test_a_failed_send_keeps_the_request_and_both_e_mails_and_cron_sends_them_later(
    hunan_office, site_settings, smtp_down, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_repair(Client()).status_code == 302
    repair = RepairRequest.objects.get()
    queued = list(OutgoingMail.objects.order_by("pk"))
    assert [q.status for q in queued] == [OutgoingMail.Status.FAILED] * 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_mail", stdout=StringIO())
    call_command("send_queued_mail", stdout=StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == ["changsha@kedegroup.cn", "li@example.com"]
    office_mail = next(m for m in mail.outbox if m.to == ["changsha@kedegroup.cn"])
    assert repair.reference in office_mail.subject and "漏油" in office_mail.body and "江西省" in office_mail.body
    visitor_mail = next(m for m in mail.outbox if m.to == ["li@example.com"])
    assert "/repair/status/" in visitor_mail.body and repair.reference in visitor_mail.body


def test_nothing_is_sent_before_the_record_is_committed(hunan_office, site_settings):
    client = Client()
    data = {**hidden_fields(client, "/service/message/"), "name": "王", "phone": "13812345678",
            "province": "hunan", "subject": "s", "body": "b"}  # fmt: skip
    client.post("/service/message/", data)  # the test's transaction never commits
    assert Message.objects.count() == 1 and mail.outbox == []
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.PENDING


def test_the_office_e_mail_of_an_inquiry_lists_its_products(
    hunan_office, site_settings, django_capture_on_commit_callbacks
):
    from products.factories import ProductFactory

    ProductFactory(name="KD-68破碎锤", slug="kd-68")
    client = Client()
    url = "/service/message/?product=kd-68"
    data = {**hidden_fields(client, url), "name": "王", "phone": "13812345678",
            "province": "hunan", "subject": "报价", "body": "多少钱"}  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, data)
    office_mail = mail.outbox[0]
    assert office_mail.subject.startswith("新的询价") and "KD-68破碎锤" in office_mail.body
