from datetime import timedelta

import pytest
from django.utils import timezone

from careers.factories import ApplicationFactory, JobFactory, PrivacyNoticeFactory, resume_pdf
from careers.models import Application, ApplicationEvent, Job, PrivacyNotice
from core.submissions import REFERENCE_ALPHABET

pytestmark = pytest.mark.django_db


def make_application(age=timedelta(0), **fields):
    application = ApplicationFactory(**fields)
    if age:
        Application.objects.filter(pk=application.pk).update(created_at=timezone.now() - age)
        application.refresh_from_db()
    return application


def test_open_lists_published_jobs_not_past_their_closing_date():
    today = timezone.localdate()
    open_forever = JobFactory()
    open_today = JobFactory(closes_on=today)
    JobFactory(closes_on=today - timedelta(days=1))
    JobFactory(is_published=False)
    assert set(Job.objects.open()) == {open_forever, open_today}
    assert open_today.is_open


def test_closed_jobs_are_published_ones_past_their_closing_date():
    past = JobFactory(closes_on=timezone.localdate() - timedelta(days=1))
    JobFactory(closes_on=timezone.localdate() - timedelta(days=1), is_published=False)
    assert list(Job.objects.closed()) == [past]
    assert not past.is_open


def test_next_closing_is_the_midnight_after_the_earliest_closing_date():
    today = timezone.localdate()
    JobFactory(closes_on=today + timedelta(days=5))
    JobFactory(closes_on=today + timedelta(days=2))
    JobFactory(closes_on=today - timedelta(days=2))
    when = Job.objects.next_closing_after(timezone.now())
    assert timezone.localtime(when).date() == today + timedelta(days=3)
    assert timezone.localtime(when).hour == 0


def test_no_closing_date_means_no_scheduled_change():
    JobFactory()
    assert Job.objects.next_closing_after(timezone.now()) is None


def test_references_are_unique_prefixed_and_unambiguous():
    references = {make_application(resume=None, phone=f"+861381234{i:04d}").reference for i in range(20)}
    assert len(references) == 20
    for reference in references:
        assert reference.startswith("KD") and len(reference) == 12
        assert set(reference[2:]) <= set(REFERENCE_ALPHABET)


def test_the_stored_resume_has_a_random_name_in_private_storage(settings):
    application = make_application(name="李娜", resume=resume_pdf("简历.pdf"))
    assert application.resume.name.startswith("resumes/")
    assert application.resume.name.endswith(".pdf")
    assert "简历" not in application.resume.name
    assert application.resume_name == "简历.pdf"
    assert (settings.PRIVATE_MEDIA_ROOT / application.resume.name).is_file()


def test_deleting_an_application_deletes_its_file(settings, django_capture_on_commit_callbacks):
    application = make_application()
    path = settings.PRIVATE_MEDIA_ROOT / application.resume.name
    with django_capture_on_commit_callbacks(execute=True):
        application.delete()
    assert not path.exists()


def test_deleting_a_queryset_deletes_every_file(settings, django_capture_on_commit_callbacks):
    paths = [settings.PRIVATE_MEDIA_ROOT / make_application(phone=f"+86138123400{i}").resume.name for i in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        Application.objects.all().delete()
    assert not any(path.exists() for path in paths)


def test_same_phone_within_90_days_is_a_possible_duplicate():
    first = make_application(resume=None, phone="+8613812345678", age=timedelta(days=80))
    second = make_application(resume=None, phone="+8613812345678")
    lonely = make_application(resume=None, phone="+8613900000000")
    flags = dict(Application.objects.possible_duplicates().values_list("pk", "is_possible_duplicate"))
    assert flags == {first.pk: True, second.pk: True, lonely.pk: False}


def test_same_email_is_a_duplicate_but_two_empty_emails_are_not():
    a = make_application(resume=None, phone="+8613900000001", email="a@example.com")
    b = make_application(resume=None, phone="+8613900000002", email="a@example.com")
    c = make_application(resume=None, phone="+8613900000003")
    d = make_application(resume=None, phone="+8613900000004")
    flags = dict(Application.objects.possible_duplicates().values_list("pk", "is_possible_duplicate"))
    assert flags == {a.pk: True, b.pk: True, c.pk: False, d.pk: False}


def test_same_phone_more_than_90_days_apart_is_not_a_duplicate():
    make_application(resume=None, phone="+8613812345678", age=timedelta(days=120))
    make_application(resume=None, phone="+8613812345678")
    assert not Application.objects.duplicates_only().exists()


def test_due_for_purge_follows_the_retention_rule():
    now = timezone.now()
    old_new = make_application(resume=None, phone="+8613900000011", age=timedelta(days=200))
    make_application(resume=None, phone="+8613900000012", age=timedelta(days=10))
    kept = make_application(resume=None, phone="+8613900000013", age=timedelta(days=200), keep=True)
    in_review = make_application(resume=None, phone="+8613900000014", age=timedelta(days=200))
    in_review.move_to(Application.Status.INTERVIEW)
    closed_long_ago = make_application(resume=None, phone="+8613900000015", age=timedelta(days=400))
    closed_long_ago.move_to(Application.Status.REJECTED)
    Application.objects.filter(pk=closed_long_ago.pk).update(closed_at=now - timedelta(days=181))
    closed_recently = make_application(resume=None, phone="+8613900000016", age=timedelta(days=400))
    closed_recently.move_to(Application.Status.OFFER)
    due = set(Application.objects.due_for_purge(now, 180))
    assert due == {old_new, closed_long_ago}
    assert kept not in due and closed_recently not in due


def test_moving_an_application_records_who_and_keeps_closed_at_in_step(django_user_model):
    hr = django_user_model.objects.create_user("hr")
    application = make_application(resume=None)
    event = application.move_to(Application.Status.REJECTED, user=hr)
    assert application.closed_at is not None
    assert event.user == hr and event.kind == ApplicationEvent.Kind.STATUS
    application.move_to(Application.Status.REVIEWING, user=hr)
    assert application.closed_at is None
    assert application.move_to(Application.Status.REVIEWING, user=hr) is None
    assert application.events.count() == 2


def test_public_status_in_plain_words():
    application = make_application(resume=None)
    assert str(application.public_status) in {"Received", "已收到"}
    application.move_to(Application.Status.INTERVIEW)
    assert str(application.public_status) in {"In review", "审核中"}
    application.move_to(Application.Status.WITHDRAWN)
    assert str(application.public_status) in {"Closed", "已结束"}


def test_only_one_privacy_notice_is_current():
    first = PrivacyNoticeFactory(version="2026-01")
    second = PrivacyNoticeFactory(version="2026-11")
    first.refresh_from_db()
    assert not first.is_current and second.is_current
    assert PrivacyNotice.objects.current() == second
