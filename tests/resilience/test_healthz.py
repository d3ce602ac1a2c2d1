"""/healthz: JSON on the database, the cache and the e-mail queue; 200 when all is well, 503 otherwise; never
cached and without personal data."""

import pytest
from django.test import Client

from core.models import OutgoingMail

from .servers import free_port

pytestmark = pytest.mark.django_db


def mail(status, to="zhang.san@example.com"):
    return OutgoingMail.objects.create(to=[to], subject="您的简历", body="张三 13800000000", status=status)


def test_health_check_reports_database_cache_and_the_mail_queue():
    mail(OutgoingMail.Status.PENDING)
    mail(OutgoingMail.Status.SENDING)
    mail(OutgoingMail.Status.FAILED, to="li.si@example.com")
    mail(OutgoingMail.Status.SENT)
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "pending_emails": 2, "failed_emails": 1}
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert "example.com" not in body and "138" not in body


def test_health_check_is_503_when_the_cache_is_unreachable(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    first = Client().get("/healthz")
    second = Client().get("/healthz")  # asked again, not answered from the retry interval alone
    for response in (first, second):
        assert response.status_code == 503
        assert response.json() == {"database": "ok", "cache": "error", "pending_emails": 0, "failed_emails": 0}
