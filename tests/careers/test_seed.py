"""The demo careers content: realistic, idempotent, résumés in private storage, every page answers."""

import json

import pytest
from django.core import serializers

import careers.demo
import pages.demo
from careers.models import Application, Job, PrivacyNotice, Question
from core.documents import detect_kind

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def snapshot(settings):
    rows = []
    for model in (Job, Question, PrivacyNotice, Application):
        rows.extend(json.loads(serializers.serialize("json", model.objects.order_by("pk"))))
    root = settings.PRIVATE_MEDIA_ROOT
    files = sorted((str(path.relative_to(root)), path.read_bytes()) for path in root.rglob("*") if path.is_file())
    return rows, files


def test_seeding_careers_twice_changes_no_row_and_no_file(settings):
    pages.demo.seed()
    careers.demo.seed()
    first = snapshot(settings)
    counts = careers.demo.seed()
    assert snapshot(settings) == first
    assert counts["created"] == 0 and counts["updated"] == 0


def test_the_demo_has_open_and_closed_openings_questions_a_notice_and_sample_applications(client, settings):
    pages.demo.seed()
    careers.demo.seed()
    assert Job.objects.open().count() >= 5 and Job.objects.closed().count() >= 2
    assert Question.objects.published().count() >= 5
    assert PrivacyNotice.objects.current() is not None
    applications = list(Application.objects.all())
    assert len(applications) >= 3
    for application in applications:
        path = settings.PRIVATE_MEDIA_ROOT / application.resume.name
        assert path.is_file() and application.resume.name.startswith("resumes/")
        with application.resume.open("rb") as resume:
            assert detect_kind(resume) == "pdf"
    assert not (settings.MEDIA_ROOT / "resumes").exists()
    for url in ["/careers/", "/careers/qa/", "/careers/training/", "/careers/apply/", "/careers/privacy/"]:
        assert client.get(url).status_code == 200, url
    for job in Job.objects.published():
        assert client.get(job.get_absolute_url()).status_code == 200
