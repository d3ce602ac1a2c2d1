import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.factories import image_file
from pages.factories import SiteSettingsFactory
from service.factories import OfficeFactory

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Tests post at once; the minimum fill time has its own tests in tests/core."""
    settings.FORM_MIN_FILL_SECONDS = 0


@pytest.fixture
def site_settings(db):
    return SiteSettingsFactory(email="service@kedegroup.cn")


@pytest.fixture
def hunan_office(db):
    return OfficeFactory(
        name="长沙办事处",
        province="hunan",
        city="长沙",
        email="changsha@kedegroup.cn",
        provinces_covered=["hunan", "jiangxi"],
    )


def hidden_fields(client, url):
    """The hidden inputs of the form at ``url`` (CSRF token, submission key, core's spam-check fields)."""
    response = client.get(url)
    assert response.status_code == 200
    return {name: html.unescape(value) for name, value in HIDDEN_INPUT.findall(response.content.decode())}


def photo(name="fault.jpg", size=(800, 600), image_format="JPEG"):
    content = image_file(name, size, image_format=image_format).read()
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def private_files(settings):
    root = settings.PRIVATE_MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []
