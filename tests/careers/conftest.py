import html
import re

import pytest

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
def hr(staff_client):
    return staff_client("HR", username="hr-li")
