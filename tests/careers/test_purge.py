"""manage.py purge_applications: the retention rule, its dry run, and stray résumé files."""

import os
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from careers.factories import ApplicationFactory
from careers.models import Application

pytestmark = pytest.mark.django_db
DAY = 24 * 3600


def make(age_days, *, status=None, closed_days=None, **fields):
    application = ApplicationFactory(**fields)
    now = timezone.now()
    changes = {"created_at": now - timedelta(days=age_days)}
    if status:
        changes["status"] = status
        if closed_days is not None:
            changes["closed_at"] = now - timedelta(days=closed_days)
    Application.objects.filter(pk=application.pk).update(**changes)
    application.refresh_from_db()
    return application


def purge(*args):
    out = StringIO()
    call_command("purge_applications", *args, stdout=out)
    return out.getvalue()


def write_old_file(path, content=b"%PDF-1.4 stray", age=2 * DAY):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    old = time.time() - age
    os.utime(path, (old, old))
    return path


@pytest.fixture
def applications():
    return {
        "unhandled-old": make(200),
        "unhandled-recent": make(100),
        "kept": make(400, keep=True),
        "in-interview-old": make(400, status="interview"),
        "rejected-long-ago": make(400, status="rejected", closed_days=190),
        "offer-recent": make(400, status="offer", closed_days=30),
        "withdrawn-long-ago": make(300, status="withdrawn", closed_days=181),
    }


def file_of(application, settings):
    return settings.PRIVATE_MEDIA_ROOT / application.resume.name


def test_the_dry_run_prints_what_is_due_and_changes_nothing(applications, settings):
    stray = write_old_file(settings.PRIVATE_MEDIA_ROOT / "resumes" / "2025" / "01" / "lost.pdf")
    output = purge("--dry-run")
    for name in ("unhandled-old", "rejected-long-ago", "withdrawn-long-ago"):
        assert f"Would delete application {applications[name].reference}" in output
    assert "resumes/2025/01/lost.pdf" in output
    assert "Dry run: nothing was deleted." in output
    assert Application.objects.count() == 7
    assert stray.exists() and all(file_of(a, settings).exists() for a in applications.values())
    assert purge("--dry-run") == output  # the second dry run sees the same


def test_purge_deletes_due_applications_and_their_files_and_keeps_the_rest(
    applications, settings, django_capture_on_commit_callbacks
):
    due = {"unhandled-old", "rejected-long-ago", "withdrawn-long-ago"}
    with django_capture_on_commit_callbacks(execute=True):
        output = purge()
    assert "Deleted 3 applications, 0 stray files and 0 kept admin uploads." in output
    assert set(Application.objects.values_list("pk", flat=True)) == {
        a.pk for name, a in applications.items() if name not in due
    }
    for name, application in applications.items():
        assert file_of(application, settings).exists() == (name not in due), name
    # No name or phone in what cron mails to the operator.
    assert "张伟" not in output and "+86" not in output


def test_a_second_run_finds_nothing_more(applications, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        purge()
    with django_capture_on_commit_callbacks(execute=True):
        output = purge()
    assert "Applications due: 0." in output
    assert "Deleted 0 applications, 0 stray files and 0 kept admin uploads." in output


def test_the_retention_period_follows_the_setting(settings, django_capture_on_commit_callbacks):
    settings.CAREERS_RETENTION_DAYS = 30
    month_old = make(40)
    fresh = make(10)
    with django_capture_on_commit_callbacks(execute=True):
        output = purge()
    assert "Retention: 30 days." in output
    assert list(Application.objects.all()) == [fresh]
    assert not file_of(month_old, settings).exists()


def test_stray_files_are_removed_but_young_ones_and_other_folders_are_left(
    settings, django_capture_on_commit_callbacks
):
    kept = make(1)
    os.utime(file_of(kept, settings), (time.time() - 10 * DAY,) * 2)
    root = settings.PRIVATE_MEDIA_ROOT
    stray = write_old_file(root / "resumes" / "2025" / "01" / "a1b2.pdf")
    hidden = write_old_file(root / "resumes" / ".partial")
    in_flight = write_old_file(root / "resumes" / "2026" / "11" / "new.pdf", age=60)  # being submitted now
    elsewhere = write_old_file(root / "repairs" / "photo.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        output = purge()
    assert "Deleted 0 applications, 2 stray files and 0 kept admin uploads." in output
    assert not stray.exists() and not hidden.exists()
    assert in_flight.exists() and elsewhere.exists() and file_of(kept, settings).exists()


def test_a_link_among_the_resumes_is_removed_without_touching_its_target(settings, tmp_path):
    target = write_old_file(tmp_path / "outside" / "precious.pdf")
    link = settings.PRIVATE_MEDIA_ROOT / "resumes" / "link.pdf"
    link.parent.mkdir(parents=True)
    link.symlink_to(target)
    old = time.time() - 2 * DAY
    os.utime(link, (old, old), follow_symlinks=False)
    purge()
    assert not link.is_symlink() and target.read_bytes() == b"%PDF-1.4 stray"


def test_no_private_folder_yet_is_fine(settings, db):
    assert not settings.PRIVATE_MEDIA_ROOT.exists()
    assert "Stray résumé files: 0." in purge()
