"""The e-mail queue (core.mail): sent after commit, kept and retried when sending fails, sent once."""

import io
import logging
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from core.mail import deliver, queue_mail
from core.models import OutgoingMail
from tests.core import mail_backends

TEMPLATES_DIR = Path(__file__).parent / "templates"  # core_tests/received.txt, a plain-text e-mail


@pytest.fixture(autouse=True)
def _mail_settings(settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES_DIR]}]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MAIL_SEND_ON_COMMIT = True
    settings.MAIL_MAX_ATTEMPTS = 10


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
    return settings


def queue(**overrides):
    arguments = {
        "to": ["zhang.san@example.com"],
        "subject": "我们已收到您的简历",
        "template": "core_tests/received.txt",
        "context": {"name": "张三", "reference": "KD7K3M9PQ2WX"},
        **overrides,
    }
    return queue_mail(**arguments)


def status_of(row):
    row.refresh_from_db()
    return row.status, row.attempts


@pytest.mark.django_db(transaction=True)
def test_mail_is_sent_only_after_the_transaction_commits():
    with transaction.atomic():
        row = queue()
        assert mail.outbox == []
        assert status_of(row) == ("pending", 0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["zhang.san@example.com"]
    assert message.subject == "我们已收到您的简历"
    assert message.body == "张三, we received your message.\nReference: KD7K3M9PQ2WX\n"
    assert status_of(row) == ("sent", 1)
    assert row.sent_at is not None and row.last_error == ""


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_submission_sends_nothing_and_keeps_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the visitor's record could not be saved")
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_reply_to_is_set_and_the_body_is_plain_text_not_html_escaped():
    queue(context={"name": "Tom & <Jerry>", "reference": "KD'\"1"}, reply_to=["applicant@example.com"])
    assert mail.outbox[0].body.startswith("Tom & <Jerry>, we received")
    assert "KD'\"1" in mail.outbox[0].body
    assert mail.outbox[0].reply_to == ["applicant@example.com"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "subject", ["Hello\r\nBcc: victim@example.com", "Hello\nBcc: victim@example.com", "Hello\rX: y"]
)
def test_header_injection_through_the_subject_is_impossible(subject):
    row = queue(subject=subject)
    assert "\n" not in row.subject and "\r" not in row.subject
    sent = mail.outbox[0]
    assert sent.bcc == [] and "\n" not in sent.subject
    headers = sent.message()
    assert headers["Bcc"] is None and headers["X"] is None
    assert status_of(row) == ("sent", 1)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "to", [["zhang@example.com\nBcc: victim@example.com"], ["not an address"], ["a@example.com, b@example.com"]]
)
def test_a_bad_address_is_kept_as_failed_and_never_sent_nor_raised(to):
    row = queue(to=to)
    assert mail.outbox == []
    assert status_of(row) == ("failed", 1)
    assert "invalid e-mail address" in row.last_error


@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("tests.core.urls_mail")
def test_an_smtp_failure_keeps_the_record_and_the_mail_and_the_command_sends_it_later(client, smtp_down, caplog):
    caplog.set_level(logging.WARNING, logger="core.mail")
    response = client.post("/submit/", {"name": "visitor-1"})
    assert response.status_code == 200  # the visitor never sees the failure
    assert get_user_model().objects.filter(username="visitor-1").exists()  # the visitor's record is saved
    row = OutgoingMail.objects.get()
    assert status_of(row) == ("failed", 1)
    assert "ConnectionRefusedError" in row.last_error
    logged = caplog.text
    assert "ConnectionRefusedError" in logged
    assert "hr@kede.example" not in logged and "KD7K3M9PQ2WX" not in logged and "visitor-1" not in logged

    call_command("send_queued_mail", stdout=io.StringIO())  # SMTP still down: a second failure
    assert status_of(row) == ("failed", 2)

    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    call_command("send_queued_mail", stdout=io.StringIO())
    assert status_of(row) == ("sent", 3)
    assert [m.to for m in mail.outbox] == [["hr@kede.example"]]
    assert "KD7K3M9PQ2WX" in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)
def test_running_the_command_twice_sends_each_mail_once(settings, capsys):
    settings.MAIL_SEND_ON_COMMIT = False
    rows = [queue(), queue(to=["li.si@example.com"])]
    assert mail.outbox == [] and {status_of(row) for row in rows} == {("pending", 0)}
    call_command("send_queued_mail")
    call_command("send_queued_mail")
    assert sorted(m.to[0] for m in mail.outbox) == ["li.si@example.com", "zhang.san@example.com"]
    assert {status_of(row) for row in rows} == {("sent", 1)}
    out = capsys.readouterr().out
    assert "Sent 2" in out and "Sent 0" in out


@pytest.mark.django_db(transaction=True)
def test_a_second_process_cannot_send_a_mail_that_is_being_sent(settings):
    settings.MAIL_SEND_ON_COMMIT = False
    settings.EMAIL_BACKEND = "tests.core.mail_backends.SecondSenderBackend"
    row = queue()
    mail_backends.SECOND_TRIES[:] = [row.pk]
    assert deliver(row.pk) == "sent"
    assert mail_backends.SECOND_TRIES == ["skipped"]
    assert len(mail.outbox) == 1
    assert deliver(row.pk) == "skipped"  # and once sent, never again
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_retries_stop_after_the_maximum_attempts_and_the_mail_is_kept(smtp_down):
    smtp_down.MAIL_MAX_ATTEMPTS = 2
    row = queue()
    call_command("send_queued_mail", stdout=io.StringIO())
    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_mail", stdout=io.StringIO())
    assert status_of(row) == ("failed", 2)
    assert mail.outbox == []
    assert OutgoingMail.objects.filter(pk=row.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_a_send_cut_off_midway_is_released_and_sent_by_the_command(settings):
    settings.MAIL_SEND_ON_COMMIT = False
    row = queue()
    OutgoingMail.objects.filter(pk=row.pk).update(status="sending", claimed_at=timezone.now() - timedelta(hours=1))
    fresh = queue(to=["li.si@example.com"])
    OutgoingMail.objects.filter(pk=fresh.pk).update(status="sending", claimed_at=timezone.now())
    call_command("send_queued_mail", stdout=io.StringIO())
    assert status_of(row) == ("sent", 2)
    assert status_of(fresh) == ("sending", 0)  # being sent right now by someone else: left alone
    assert [m.to for m in mail.outbox] == [["zhang.san@example.com"]]


@pytest.mark.django_db
def test_only_superusers_see_the_mail_queue_and_nobody_edits_it(client, django_user_model):
    row = OutgoingMail.objects.create(to=["zhang.san@example.com"], subject="简历", body="张三 13800138000")
    editor = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    hr = django_user_model.objects.create_user("hr", password="pw", is_staff=True)
    hr.groups.add(Group.objects.get(name="HR"))
    for user in (editor, hr):
        client.force_login(user)
        assert client.get("/admin/core/outgoingmail/").status_code == 403
        assert client.get(f"/admin/core/outgoingmail/{row.pk}/change/").status_code == 403
        assert "outgoingmail" not in client.get("/admin/").content.decode()
    admin = django_user_model.objects.create_superuser("root", password="pw")
    client.force_login(admin)
    assert "简历" in client.get("/admin/core/outgoingmail/").content.decode()
    page = client.get(f"/admin/core/outgoingmail/{row.pk}/change/").content.decode()
    assert "13800138000" in page and 'name="subject"' not in page  # shown, not editable
    assert client.get("/admin/core/outgoingmail/add/").status_code == 403
    assert client.post(f"/admin/core/outgoingmail/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert OutgoingMail.objects.filter(pk=row.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_a_real_smtp_server_down_then_up_gets_the_stored_mail_from_the_command(smtp_down, capsys):
    """A closed port first (nothing listens), then a real SMTP server (aiosmtpd, in a thread) on that port."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message as MessageHandler

    received = []

    class Inbox(MessageHandler):
        def handle_message(self, message):
            received.append(message)

    row = queue()  # outside a transaction: sent at once, and the server is down
    assert status_of(row) == (OutgoingMail.Status.FAILED, 1)
    assert "ConnectionRefusedError" in OutgoingMail.objects.get(pk=row.pk).last_error
    call_command("send_queued_mail", stdout=io.StringIO())  # still down: one more attempt, still kept
    assert status_of(row) == (OutgoingMail.Status.FAILED, 2)

    server = Controller(Inbox(), hostname="127.0.0.1", port=smtp_down.EMAIL_PORT)
    server.start()
    try:
        call_command("send_queued_mail", stdout=io.StringIO())
        call_command("send_queued_mail", stdout=io.StringIO())  # the second run sends nothing again
    finally:
        server.stop()
    assert status_of(row) == (OutgoingMail.Status.SENT, 3)
    assert len(received) == 1
    assert received[0]["To"] == "zhang.san@example.com"
    assert "KD7K3M9PQ2WX" in received[0].get_payload(decode=True).decode()
