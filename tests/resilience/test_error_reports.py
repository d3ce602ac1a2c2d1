"""An error report mailed to the admins carries no visitor's data (core.reporting)."""

import sys

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import path

from kede_site import urls as site_urls

pytestmark = pytest.mark.django_db

PHONE, EMAIL, NAME = "13923456789", "wang.lei@example.cn", "王磊"


def failing_view(request):
    secret_in_a_local = request.POST.get("phone", "") + request.GET.get("phone", "")  # noqa: F841 -- shown by frames
    raise RuntimeError("the database did something odd")


urlpatterns = [path("fail/", failing_view), *site_urls.urlpatterns]  # the site's own 500 page links to its URLs


@pytest.fixture
def reports(settings):
    settings.ROOT_URLCONF = sys.modules[__name__]
    settings.DEBUG = False
    settings.ADMINS = [("Admin", "admin@example.cn")]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return mail.outbox


def test_a_failed_form_post_mails_no_value_the_visitor_typed(reports):
    client = Client(raise_request_exception=False)
    resume = SimpleUploadedFile(f"{NAME}的简历.pdf", b"%PDF-1.4 ...", content_type="application/pdf")
    response = client.post(
        f"/fail/?phone={PHONE}",
        {"name": NAME, "phone": PHONE, "email": EMAIL, "resume": resume},
        headers={"referer": f"https://www.kede.cn/repair/status/?phone={PHONE}", "x-forwarded-for": "203.0.113.5"},
    )
    assert response.status_code == 500
    assert len(reports) == 1
    report = reports[0].body + "".join(str(alternative[0]) for alternative in reports[0].alternatives)
    assert "RuntimeError" in report and "/fail/" in report  # what a developer needs is still there
    for personal in (PHONE, EMAIL, NAME):
        assert personal not in report
    assert "********************" in report


def test_a_forged_host_gets_its_400_page_in_development_not_a_crash_of_the_report(settings):
    """With debug on, Django answers a Host outside ALLOWED_HOSTS with its technical page (status 400); building
    that page must not raise DisallowedHost a second time inside the report."""
    settings.DEBUG = True
    settings.ALLOWED_HOSTS = ["kede.example.cn"]
    response = Client(raise_request_exception=False).get(f"/contact/?phone={PHONE}", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert PHONE not in response.content.decode()
