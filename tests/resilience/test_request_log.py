"""The request log: one line per request (id, method, path, status, duration, user), never a visitor's
contact details; the request id comes back as X-Request-ID."""

import logging
import re

import pytest
from django.test import Client

from pages.factories import SiteSettingsFactory
from tests.service.conftest import hidden_fields

pytestmark = pytest.mark.django_db

LINE = re.compile(
    r"^(?P<id>[A-Za-z0-9-]+) (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) \d+ms user=(?P<user>\S+)$"
)


@pytest.fixture
def request_log(caplog):
    """The lines of ``kede.request`` (it does not propagate: it writes to stdout by itself)."""
    logger = logging.getLogger("kede.request")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="kede.request")
    yield lambda: [record.getMessage() for record in caplog.records if record.name == "kede.request"]
    logger.removeHandler(caplog.handler)


def test_each_request_is_one_line_with_id_method_path_status_and_user(request_log, admin_client, admin_user):
    SiteSettingsFactory()
    response = Client().get("/no-such-page/")
    admin_client.get("/admin/")
    lines = request_log()
    assert len(lines) == 2
    first, second = (LINE.match(line) for line in lines)
    assert (first["method"], first["path"], first["status"], first["user"]) == ("GET", "/no-such-page/", "404", "-")
    assert first["id"] == response["X-Request-ID"]
    assert (second["path"], second["status"], second["user"]) == ("/admin/", "200", str(admin_user.pk))


def test_a_posted_message_leaves_no_contact_details_in_the_log(request_log, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    SiteSettingsFactory(email="service@kedegroup.cn")
    client = Client()
    data = {
        **hidden_fields(client, "/service/message/"),
        "name": "王小明",
        "phone": "138 1234 5678",
        "email": "xiaoming@example.com",
        "company": "衡阳土方公司",
        "province": "jiangxi",
        "subject": "破碎锤选型",
        "body": "SY215配什么型号？",
    }
    response = client.post("/service/message/?phone=13812345678&email=xiaoming@example.com", data)
    assert response.status_code == 302
    lines = request_log()
    posted = LINE.match(lines[-1])
    assert (posted["method"], posted["path"], posted["status"]) == ("POST", "/service/message/", "302")
    log = "\n".join(lines)
    for personal in ("王小明", "1381234", "13812345678", "xiaoming", "example.com", "衡阳土方"):
        assert personal not in log


def test_a_get_query_string_is_logged_with_personal_parameters_masked(request_log, client):
    SiteSettingsFactory()
    client.get("/careers/status/?ref=KD7K3M9PQ2WX&phone=13812345678&utm_source=wechat")
    path = LINE.match(request_log()[-1])["path"]
    assert path == "/careers/status/?ref=***&phone=***&utm_source=wechat"


@pytest.mark.parametrize(
    ("incoming", "kept"),
    [
        ("3f2a9c1e-77b0-4c1d-9a55-0e4b8f1d2c3a", True),
        ("short", False),
        ("forged id\nGET /admin/ 200", False),
        ("x" * 65, False),
    ],
)
def test_an_incoming_request_id_is_kept_only_when_it_looks_like_one(request_log, client, incoming, kept):
    response = client.get("/robots.txt", headers={"X-Request-ID": incoming})
    assert (response["X-Request-ID"] == incoming) is kept
    assert LINE.match(request_log()[-1])["id"] == response["X-Request-ID"]
    assert len(request_log()) == 1
