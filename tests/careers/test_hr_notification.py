"""HR hears of each new application by e-mail: after commit, never failing the visitor, retried later."""

import logging
import socket
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from careers.emails import notify_hr_of_application
from careers.factories import ApplicationFactory, JobFactory
from careers.models import Application
from core.models import OutgoingMail
from pages.factories import SiteSettingsFactory

from .test_apply import APPLY, valid_data

pytestmark = pytest.mark.django_db
HR_ADDRESS = "hr@kede.example"


@pytest.fixture(autouse=True)
def _mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MAIL_SEND_ON_COMMIT = True
    settings.SITE_URL = "https://www.kede.example"


@pytest.fixture
def hr_address():
    return SiteSettingsFactory(hr_email=HR_ADDRESS)


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


def arrive(**fields):
    return ApplicationFactory(name="王芳", phone="+8613911112222", email="wang@example.com", **fields)


def test_hr_is_told_after_commit_with_the_opening_reference_and_admin_link(
    hr_address, django_capture_on_commit_callbacks
):
    application = arrive(job=JobFactory(title="液压系统工程师"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify_hr_of_application(application)
    assert mail.outbox == []  # nothing leaves before the application is committed
    for callback in callbacks:
        callback()
    [message] = mail.outbox
    assert message.to == [HR_ADDRESS]
    assert application.reference in message.subject and "\n" not in message.subject
    admin_path = reverse("admin:careers_application_change", args=[application.pk])
    assert f"https://www.kede.example{admin_path}" in message.body
    assert "液压系统工程师" in message.body


def test_the_message_holds_no_personal_data(hr_address, django_capture_on_commit_callbacks):
    application = arrive(cover_note="我的身份证号 430000199001011234")
    with django_capture_on_commit_callbacks(execute=True):
        notify_hr_of_application(application)
    [message] = mail.outbox
    text = message.subject + message.body
    for private in ("王芳", "13911112222", "wang@example.com", "身份证", application.resume.name):
        assert private not in text


def test_hr_reads_it_in_chinese_whatever_the_applicants_language(hr_address, django_capture_on_commit_callbacks):
    application = arrive()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        notify_hr_of_application(application)
    assert "收到一份新的求职申请" in mail.outbox[0].body and "综合应聘" in mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("新的求职申请")


def test_without_an_hr_address_nothing_is_queued_and_the_log_says_so(db, caplog):
    SiteSettingsFactory(hr_email="")
    application = arrive()
    with caplog.at_level(logging.WARNING, logger="careers.emails"):
        assert notify_hr_of_application(application) is None
    assert not OutgoingMail.objects.exists()
    assert "No HR e-mail" in caplog.text and "王芳" not in caplog.text


def test_a_failed_send_keeps_the_application_and_the_message_and_cron_sends_it_later(
    hr_address, smtp_down, settings, django_capture_on_commit_callbacks, caplog
):
    application = arrive()
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        queued = notify_hr_of_application(application)  # the send after commit fails and raises nothing
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.FAILED and queued.attempts == 1 and queued.last_error
    assert Application.objects.filter(pk=application.pk).exists()
    assert HR_ADDRESS not in caplog.text and "王芳" not in caplog.text
    # The mail server is back: the cron job sends it, once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_mail", stdout=StringIO())
    call_command("send_queued_mail", stdout=StringIO())
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT and queued.attempts == 2
    assert [message.to for message in mail.outbox] == [[HR_ADDRESS]]
    assert application.reference in mail.outbox[0].subject


def test_a_rolled_back_application_sends_nothing(hr_address, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                notify_hr_of_application(arrive())
                raise RuntimeError("the form failed later")
        except RuntimeError:
            pass
    assert mail.outbox == [] and not OutgoingMail.objects.exists()


def test_an_application_sent_through_the_form_reaches_hr_and_the_applicant(
    client, hr_address, opening, notice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{APPLY}?job={opening.slug}", valid_data(client, job=opening.pk))
    assert response.status_code == 302
    application = Application.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == sorted([HR_ADDRESS, "xiaoming@example.com"])
    [to_hr] = [message for message in mail.outbox if message.to == [HR_ADDRESS]]
    assert application.reference in to_hr.subject and opening.title in to_hr.body


def test_with_the_mail_server_down_the_visitor_still_gets_the_thanks_page_and_hr_gets_it_later(
    client, hr_address, notice, smtp_down, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, valid_data(client))
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.reference in client.get(response["Location"]).content.decode()
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {OutgoingMail.Status.FAILED}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_mail", stdout=StringIO())
    assert sorted(message.to[0] for message in mail.outbox) == sorted([HR_ADDRESS, "xiaoming@example.com"])
