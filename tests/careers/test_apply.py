"""The application form: a valid one is stored once; every bad input is refused next to its field,
in Chinese, with the other fields kept, nothing stored and no file on disk."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from careers.factories import JobFactory
from careers.models import Application
from core.demo.documents import office_document, pdf_document

from .conftest import hidden_fields, pdf_upload, private_files

pytestmark = pytest.mark.django_db
APPLY = "/careers/apply/"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def valid_data(client, url=APPLY, **overrides):
    data = {
        **hidden_fields(client, url),
        "name": "王小明",
        "gender": "male",
        "phone": "138 1234 5678",
        "email": "xiaoming@example.com",
        "education": "bachelor",
        "years_experience": "3",
        "desired_position": "液压工程师",
        "expected_city": "衡阳",
        "cover_note": "我有三年液压系统调试经验。",
        "resume": pdf_upload(),
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def field_errors(response, field):
    match = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', response.content.decode(), re.S)
    return match.group(1) if match else ""


def test_a_valid_application_is_stored_with_consent_and_redirects_to_its_reference(
    client, opening, notice, settings, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{APPLY}?job={opening.slug}", valid_data(client, job=opening.pk))
    assert response.status_code == 302
    assert response["Location"] == "/careers/apply/thanks/"
    application = Application.objects.get()
    assert application.job == opening
    assert application.phone == "+8613812345678"
    assert application.privacy_version == "2026-11"
    assert abs((timezone.now() - application.consent_at).total_seconds()) < 60
    assert application.resume_name == "我的简历.pdf"
    assert re.fullmatch(r"resumes/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", application.resume.name)
    assert private_files(settings) == [settings.PRIVATE_MEDIA_ROOT / application.resume.name]
    thanks = client.get(response["Location"])
    assert application.reference in thanks.content.decode()
    assert thanks["Cache-Control"].startswith("max-age=0") or "no-store" in thanks["Cache-Control"]
    assert len(mailoutbox) == 1
    assert application.reference in mailoutbox[0].body and "/careers/status/" in mailoutbox[0].body


def test_a_general_application_needs_no_opening(client, notice):
    response = client.post(APPLY, valid_data(client, email=""))
    assert response.status_code == 302
    assert Application.objects.get().job is None


def test_a_reload_or_a_double_click_stores_the_application_once(client, notice, settings):
    data = valid_data(client)
    first = client.post(APPLY, data)
    data["resume"] = pdf_upload()  # the browser sends the file again
    second = client.post(APPLY, data)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Application.objects.count() == 1
    assert len(private_files(settings)) == 1
    assert Application.objects.get().reference in client.get(second["Location"]).content.decode()


def test_the_thank_you_page_without_an_application_goes_back_to_the_form(client):
    response = client.get("/careers/apply/thanks/")
    assert response.status_code == 302 and response["Location"] == APPLY


def test_job_in_the_link_preselects_the_opening(client, opening):
    response = client.get(f"{APPLY}?job={opening.slug}")
    assert f'<option value="{opening.pk}" selected>' in response.content.decode()


@pytest.mark.parametrize("slug", ["closed-one", "does-not-exist", "<script>alert(1)</script>", "x" * 500])
def test_a_closed_or_unknown_opening_gives_a_notice_and_a_general_application(client, slug):
    JobFactory(slug="closed-one", closes_on=timezone.localdate() - timezone.timedelta(days=1))
    response = client.get(APPLY, {"job": slug})
    page = response.content.decode()
    assert response.status_code == 200
    assert "一般申请" in page or "general application" in page
    assert 'class="message message--warning"' in page
    assert "<script>alert(1)</script>" not in page
    assert '<option value="" selected>' in page.split('name="job"')[1].split("</select>")[0]


def test_posting_a_closed_opening_is_refused_next_to_the_field(client, settings):
    closed = JobFactory(closes_on=timezone.localdate() - timezone.timedelta(days=1))
    response = client.post(APPLY, valid_data(client, job=closed.pk))
    assert response.status_code == 200
    assert CHINESE.search(field_errors(response, "job"))
    assert not Application.objects.exists() and not private_files(settings)


def zip_bomb():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (20 * 1024 * 1024))
    return buffer.getvalue()


BAD_INPUTS = {
    "whitespace-only name": ({"name": "   \t "}, "name"),
    "missing phone": ({"phone": ""}, "phone"),
    "phone with letters": ({"phone": "138abc45678"}, "phone"),
    "short phone": ({"phone": "1381234"}, "phone"),
    "invalid e-mail": ({"email": "xiaoming@"}, "email"),
    "consent unticked": ({"consent": None}, "consent"),
    "100,000 characters of cover note": ({"cover_note": "字" * 100_000}, "cover_note"),
    "no education": ({"education": ""}, "education"),
    "made-up education": ({"education": "wizard"}, "education"),
    "negative experience": ({"years_experience": "-1"}, "years_experience"),
    "missing file": ({"resume": None}, "resume"),
    "empty file": ({"resume": SimpleUploadedFile("简历.pdf", b"")}, "resume"),
    "30 MB file": ({"resume": SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (30 * 1024 * 1024))}, "resume"),
    ".exe renamed .pdf": ({"resume": SimpleUploadedFile("简历.pdf", b"MZ\x90\x00" + b"\x00" * 300)}, "resume"),
    "HTML page renamed .pdf": (
        {"resume": SimpleUploadedFile("简历.pdf", b"<html><script>alert(document.cookie)</script></html>")},
        "resume",
    ),
    "zip bomb named .docx": ({"resume": SimpleUploadedFile("简历.docx", zip_bomb())}, "resume"),
    "PDF named .docx": ({"resume": SimpleUploadedFile("简历.docx", pdf_document("Resume"))}, "resume"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_refused_next_to_its_field_in_chinese_and_nothing_is_stored(client, notice, settings, case):
    overrides, field = BAD_INPUTS[case]
    response = client.post(APPLY, valid_data(client, **overrides))
    assert response.status_code == 200
    errors = field_errors(response, field)
    assert CHINESE.search(errors), (case, errors)
    page = response.content.decode()
    for kept_name, kept_value in (("name", "王小明"), ("desired_position", "液压工程师"), ("expected_city", "衡阳")):
        if kept_name != field:
            assert f'name="{kept_name}" value="{kept_value}"' in page or f'value="{kept_value}"' in page
    assert not Application.objects.exists()
    assert private_files(settings) == []


def test_missing_fields_are_each_marked(client, notice, settings):
    response = client.post(APPLY, hidden_fields(client, APPLY))
    assert response.status_code == 200
    for field in ("name", "phone", "education", "years_experience", "desired_position", "resume", "consent"):
        assert CHINESE.search(field_errors(response, field)), field
    assert not Application.objects.exists() and private_files(settings) == []


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("../../etc/简历😀.pdf", "简历😀.pdf"),
        ("..\\..\\简历.pdf", "简历.pdf"),
        ("简" * 296 + ".pdf", "简" * 96 + ".pdf"),
    ],
)
def test_a_file_name_with_folders_emoji_or_300_characters_is_kept_only_as_clean_data(
    client, notice, settings, name, kept
):
    """The name never reaches the disk (the stored name is random); it is cleaned and shortened for HR."""
    upload = SimpleUploadedFile(name, pdf_document("R"), content_type="application/pdf")
    response = client.post(APPLY, valid_data(client, resume=upload))
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.resume_name == kept
    assert re.fullmatch(r"resumes/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", application.resume.name)
    assert all(settings.PRIVATE_MEDIA_ROOT in path.parents for path in private_files(settings))


@pytest.mark.parametrize(
    ("name", "content"),
    [("简历.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504), ("简历.docx", office_document("docx"))],
)
def test_doc_and_docx_resumes_are_accepted(client, notice, name, content):
    response = client.post(APPLY, valid_data(client, resume=SimpleUploadedFile(name, content)))
    assert response.status_code == 302
    assert Application.objects.get().resume.name.endswith("." + name.rsplit(".", 1)[1])


def test_the_size_limit_comes_from_the_setting(client, notice, settings):
    settings.CAREERS_RESUME_MAX_SIZE = 1024
    big = SimpleUploadedFile("简历.pdf", pdf_document("R") + b"%" + b"0" * 2048)
    response = client.post(APPLY, valid_data(client, resume=big))
    assert CHINESE.search(field_errors(response, "resume"))
    assert not Application.objects.exists()


def test_a_form_posted_without_csrf_is_forbidden(notice, settings):
    client = Client(enforce_csrf_checks=True)
    data = valid_data(client)
    data.pop("csrfmiddlewaretoken")
    response = client.post(APPLY, data)
    assert response.status_code == 403
    assert not Application.objects.exists() and private_files(settings) == []


def test_a_tampered_submission_key_is_refused(client, notice):
    response = client.post(APPLY, valid_data(client, submission_key="../../x"))
    assert response.status_code == 200
    assert not Application.objects.exists()


def test_saving_an_application_does_not_retire_the_page_cache(client, notice):
    from core.cache import content_version

    before = content_version()
    client.post(APPLY, valid_data(client))
    assert Application.objects.exists()
    assert content_version() == before
