"""Staff's public reply: dated on the first save, the item answered, and e-mailed to the visitor after commit
as plain text; a failed send keeps the reply and the e-mail, and cron sends it later."""

import logging
import socket
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from core.models import OutgoingMail
from service.models import Message, RepairRequest
from tests.admin_forms import change_form_data

from .conftest import make_message, make_repair
from .test_inboxes import change_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MAIL_SEND_ON_COMMIT = True


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


def reply(client, record, text, callbacks, **changes):
    url = change_url(record)
    data = change_form_data(client, url, public_reply=text, **changes)
    sent_before = len(mail.outbox)
    with callbacks(execute=False) as pending:
        response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert len(mail.outbox) == sent_before  # nothing leaves before the reply is committed
    for callback in pending:
        callback()
    record.refresh_from_db()
    return record


def test_the_first_reply_is_dated_answers_the_message_and_is_emailed_after_commit(
    service, django_capture_on_commit_callbacks
):
    client, _user = service
    message = make_message(name="王芳", email="wang@example.com", subject="破碎锤报价")
    before = timezone.now()
    reply(client, message, "您好，报价已发至您的邮箱。", django_capture_on_commit_callbacks)
    assert message.status == Message.Status.ANSWERED and message.replied_at >= before
    [sent] = mail.outbox
    assert sent.to == ["wang@example.com"]
    assert message.reference in sent.subject and sent.subject.startswith("科德集团")
    assert "您好，报价已发至您的邮箱。" in sent.body and "王芳" in sent.body and "破碎锤报价" in sent.body


def test_editing_the_reply_keeps_its_date_and_a_second_unchanged_save_sends_nothing(
    service, django_capture_on_commit_callbacks
):
    client, _user = service
    message = make_message(email="wang@example.com")
    reply(client, message, "第一次回复", django_capture_on_commit_callbacks)
    first_date = message.replied_at
    reply(client, message, "第一次回复", django_capture_on_commit_callbacks)  # saved again as it is
    assert len(mail.outbox) == 1
    reply(client, message, "更正：第二次回复", django_capture_on_commit_callbacks)
    assert message.replied_at == first_date and len(mail.outbox) == 2
    assert "更正：第二次回复" in mail.outbox[1].body


def test_no_address_no_email_but_the_reply_is_saved(service, django_capture_on_commit_callbacks):
    client, _user = service
    repair = make_repair(email="")
    reply(client, repair, "师傅明天上门。", django_capture_on_commit_callbacks)
    assert repair.public_reply == "师傅明天上门。" and repair.status == RepairRequest.Status.ANSWERED
    assert mail.outbox == [] and not OutgoingMail.objects.exists()


def test_a_closed_item_stays_closed_when_staff_reply(service, django_capture_on_commit_callbacks):
    client, _user = service
    repair = make_repair(email="li@example.com", status="closed")
    reply(client, repair, "已修复。", django_capture_on_commit_callbacks)
    assert repair.status == "closed" and repair.replied_at is not None
    assert "已修复。" in mail.outbox[0].body and repair.reference in mail.outbox[0].subject


def test_the_visitors_text_is_plain_text_and_never_reaches_a_header(service, django_capture_on_commit_callbacks):
    client, _user = service
    message = make_message(
        name="<b>王</b>\r\nBcc: victim@example.com", subject="报价\r\nBcc: x@example.com", email="wang@example.com"
    )
    reply(client, message, "价格 <script>alert(1)</script> & 交期", django_capture_on_commit_callbacks)
    [sent] = mail.outbox
    assert "\n" not in sent.subject and "Bcc" not in sent.subject and "王" not in sent.subject
    assert sent.bcc == [] and sent.to == ["wang@example.com"]
    assert "价格 <script>alert(1)</script> & 交期" in sent.body  # as typed: not HTML, so nothing to escape
    assert "&lt;" not in sent.body and "&amp;" not in sent.body
    headers = sent.message().as_string().split("\n\n", 1)[0]
    assert "victim@example.com" not in headers and "x@example.com" not in headers


def test_a_failed_send_keeps_the_reply_and_the_email_and_cron_sends_it_once(
    service, smtp_down, settings, django_capture_on_commit_callbacks, caplog
):
    client, _user = service
    message = make_message(email="wang@example.com", name="王芳")
    with caplog.at_level(logging.WARNING):
        reply(client, message, "已回复。", django_capture_on_commit_callbacks)
    assert message.public_reply == "已回复。"
    queued = OutgoingMail.objects.get()
    assert queued.status == OutgoingMail.Status.FAILED and queued.attempts == 1
    assert "wang@example.com" not in caplog.text and "王芳" not in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_mail", stdout=StringIO())
    call_command("send_queued_mail", stdout=StringIO())
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT and queued.attempts == 2
    assert [sent.to for sent in mail.outbox] == [["wang@example.com"]]


def test_a_reply_of_only_spaces_is_no_reply(service, django_capture_on_commit_callbacks):
    client, _user = service
    message = make_message(email="wang@example.com")
    reply(client, message, "   \n  ", django_capture_on_commit_callbacks)
    assert message.public_reply == "" and message.replied_at is None and message.status == "new"
    assert mail.outbox == []
