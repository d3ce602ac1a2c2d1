"""Every public form ties its errors to their fields (issue 12, WCAG 3.3.1 / 1.3.1): an invalid field has
``aria-invalid="true"`` and an ``aria-describedby`` naming its error's id (and its help text's), and the error
summary at the top is announced. Parsed with an HTML parser, not searched as text."""

import html
import re
from html.parser import HTMLParser

import pytest

from careers.factories import JobFactory, PrivacyNoticeFactory

pytestmark = pytest.mark.django_db

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
CONTROLS = {"input", "select", "textarea"}


class Page(HTMLParser):
    """The elements of a page that matter here: every id, the form controls, the error lists and the alerts."""

    def __init__(self, text):
        super().__init__()
        self.ids = {}
        self.controls = []  # (tag, attrs) of inputs, selects, textareas and fieldsets
        self.error_lists = []  # attrs of <ul class="errorlist">
        self.alerts = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = (tag, attrs)
        if tag in CONTROLS or tag == "fieldset":
            self.controls.append((tag, attrs))
        if tag == "ul" and "errorlist" in (attrs.get("class") or "").split():
            self.error_lists.append(attrs)
        if attrs.get("role") == "alert":
            self.alerts.append((tag, attrs))

    def described_by(self, attrs):
        return (attrs.get("aria-describedby") or "").split()

    def field_errors(self):
        return [e for e in self.error_lists if "nonfield" not in (e.get("class") or "").split()]

    def control_named_by(self, error_id):
        return [(tag, attrs) for tag, attrs in self.controls if error_id in self.described_by(attrs)]


def assert_errors_tied(text, *, expect_fields):
    page = Page(text)
    errors = page.field_errors()
    assert errors, "the bad input produced no field error"
    tied = set()
    for error in errors:
        error_id = error.get("id")
        assert error_id, f"a field's error list has no id: {error}"
        owners = page.control_named_by(error_id)
        assert owners, f"no field names its error {error_id!r} in aria-describedby"
        for tag, attrs in owners:
            if tag != "fieldset":
                assert attrs.get("aria-invalid") == "true", (error_id, attrs)
            else:  # a group of radios or checkboxes: the choices inside are marked invalid
                assert any(a.get("aria-invalid") == "true" for t, a in page.controls if t == "input"), error_id
        tied.add(error_id.removeprefix("id_").removesuffix("_error"))
    assert set(expect_fields) <= tied, (expect_fields, tied)
    for tag, attrs in page.controls:
        for ref in page.described_by(attrs):
            assert ref in page.ids, f"{tag} {attrs.get('name')} points at a missing id {ref!r}"
        if attrs.get("aria-invalid") == "true":
            assert any(ref.endswith("_error") for ref in page.described_by(attrs)) or tag == "input", attrs
    return page


def hidden_fields(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {name: html.unescape(value) for name, value in HIDDEN_INPUT.findall(response.content.decode())}


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings, db):
    settings.FORM_MIN_FILL_SECONDS = 0


def post_bad(client, url, **data):
    response = client.post(url, {**hidden_fields(client, url), **data})
    assert response.status_code == 200
    return response.content.decode()


def test_message_form_errors_are_tied_to_their_fields_and_the_summary_is_announced(client):
    text = post_bad(client, "/service/message/", phone="12", email="not-an-address")
    page = assert_errors_tied(text, expect_fields=["name", "phone", "email", "body"])
    assert [attrs.get("id") for _tag, attrs in page.alerts] == ["form-errors"]
    phone = page.ids["id_phone"][1]
    assert page.described_by(phone) == ["id_phone_helptext", "id_phone_error"]  # the help text is read out too


def test_repair_request_form_errors_are_tied_to_their_fields(client):
    text = post_bad(client, "/repair/request/", phone="abc")
    page = assert_errors_tied(text, expect_fields=["contact_name", "phone", "fault"])
    assert page.alerts


def test_application_form_errors_are_tied_to_their_fields_the_consent_box_too(client):
    job = JobFactory(title="液压工程师", slug="hydraulic-engineer")
    PrivacyNoticeFactory(version="2026-11")
    text = post_bad(client, f"/careers/apply/?job={job.slug}", email="x@")
    page = assert_errors_tied(text, expect_fields=["name", "phone", "email", "resume", "consent"])
    assert page.alerts
    resume = page.ids["id_resume"][1]
    assert "id_resume_helptext" in page.described_by(resume)  # the allowed types and size are read out


@pytest.mark.parametrize("url", ["/careers/status/", "/repair/status/"])
def test_status_lookup_errors_are_tied_to_their_fields(client, url):
    text = post_bad(client, url, reference="", phone="")
    assert_errors_tied(text, expect_fields=["reference", "phone"])


@pytest.mark.parametrize(
    ("url", "field_id", "notices_id"),
    [
        ("/products/search/?q=" + "破" * 300 + "&tonnes=abc", "finder-q", "finder-notices"),
        ("/search/?q=" + "破" * 300, "search-page-q", "search-notices"),
    ],
)
def test_finder_and_search_notices_are_announced_and_named_by_the_keyword_box(
    client, catalog, url, field_id, notices_id
):
    """These forms never refuse input: a bad value is dropped or cut, and the notice saying so is tied to the box."""
    page = Page(client.get(url).content.decode())
    assert notices_id in page.ids
    assert page.ids[notices_id][1].get("role") == "status"
    assert notices_id in page.described_by(page.ids[field_id][1])
