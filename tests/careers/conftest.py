import html
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from careers.factories import JobFactory, PrivacyNoticeFactory
from core.demo.documents import pdf_document

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Tests post at once; the minimum fill time has its own tests in tests/core."""
    settings.FORM_MIN_FILL_SECONDS = 0


@pytest.fixture
def opening():
    return JobFactory(title="液压工程师", slug="hydraulic-engineer", department="技术中心", location="衡阳")


@pytest.fixture
def notice():
    return PrivacyNoticeFactory(version="2026-11")


def hidden_fields(client, url):
    """The hidden inputs of the form at ``url`` (CSRF token, submission key, core's spam-check fields)."""
    response = client.get(url)
    assert response.status_code == 200
    return {name: html.unescape(value) for name, value in HIDDEN_INPUT.findall(response.content.decode())}


def pdf_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("我的简历.pdf", pdf_document("Resume"), content_type="application/pdf")


def private_files(settings):
    root = settings.PRIVATE_MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.fixture
def staff_client(django_user_model):
    """``staff_client("HR")``: a logged-in staff member of that group (None: of no group), and the user."""

    def login(group=None, *, username=None, superuser=False):
        username = username or f"staff-{group or 'none'}"
        if superuser:
            user = django_user_model.objects.create_superuser(username, password="pw-staff-123")
        else:
            user = django_user_model.objects.create_user(username, password="pw-staff-123", is_staff=True)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client, user

    return login


@pytest.fixture
def hr(staff_client):
    return staff_client("HR", username="hr-li")
