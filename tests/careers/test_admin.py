"""HR's desk: the application list, the workflow, notes, history, export and the résumé download."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from careers.factories import ApplicationFactory, JobFactory
from careers.models import Application, ApplicationEvent, ResumeDownload
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

LIST = reverse("admin:careers_application_changelist")
PHONE = "+8613812345678"


def make_application(*, with_file=True, age=None, **fields):
    """An application (its PDF in private storage unless ``with_file=False``) that arrived ``age`` ago."""
    fields.setdefault("phone", PHONE)
    if not with_file:
        fields["resume"] = None
    application = ApplicationFactory(**fields)
    if age:
        Application.objects.filter(pk=application.pk).update(created_at=timezone.now() - age)
        application.refresh_from_db()
    return application


def change_url(application):
    return reverse("admin:careers_application_change", args=[application.pk])


def resume_url(application):
    return reverse("admin:careers_application_resume", args=[application.pk])


def listed(response):
    return {application.pk for application in response.context["cl"].result_list}


def test_hr_sees_the_applications_with_opening_status_and_flags(hr):
    client, _user = hr
    job = JobFactory(title="液压工程师")
    application = make_application(name="王芳", job=job, with_file=False)
    general = make_application(name="赵强", phone="+8613900000001", with_file=False)
    response = client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "王芳" in html and "液压工程师" in html and application.reference in html
    assert general.reference in html
    changelist = response.context["cl"]
    paths = [getattr(spec, "field_path", getattr(spec, "parameter_name", None)) for spec in changelist.filter_specs]
    assert paths == ["job", "status", "created_at", "duplicate", "keep"]
    assert len(changelist.filter_specs) == 5


@pytest.mark.parametrize("term", ["王芳", "13812345678", "138 1234 5678", "138-1234-5678", "wang@example.com"], ids=str)
def test_hr_finds_an_application_by_name_phone_or_email(hr, term):
    client, _user = hr
    wanted = make_application(name="王芳", email="wang@example.com", with_file=False)
    make_application(name="赵强", phone="+8613900000001", with_file=False)
    assert listed(client.get(LIST, {"q": term})) == {wanted.pk}


def test_hr_finds_an_application_by_its_reference_in_any_case(hr):
    client, _user = hr
    wanted = make_application(with_file=False)
    make_application(phone="+8613900000001", with_file=False)
    assert listed(client.get(LIST, {"q": wanted.reference.lower()})) == {wanted.pk}
    assert listed(client.get(LIST, {"q": wanted.reference[:6]})) == set()  # no probing by prefix


def test_a_possible_duplicate_is_flagged_and_can_be_filtered(hr):
    client, _user = hr
    first = make_application(with_file=False, age=timedelta(days=30))
    again = make_application(with_file=False)
    other = make_application(phone="+8613900000001", with_file=False)
    response = client.get(LIST)
    flags = {a.pk: a.is_possible_duplicate for a in response.context["cl"].result_list}
    assert flags == {first.pk: True, again.pk: True, other.pk: False}
    assert response.content.decode().count('alt="是"') >= 2  # the admin's yes icon, its alt text in Chinese
    assert listed(client.get(LIST, {"duplicate": "yes"})) == {first.pk, again.pk}
    assert listed(client.get(LIST, {"duplicate": "no"})) == {other.pk}


def test_filters_by_opening_and_status(hr):
    client, _user = hr
    job = JobFactory()
    for_job = make_application(job=job, with_file=False)
    general = make_application(phone="+8613900000001", with_file=False)
    general.move_to(Application.Status.INTERVIEW)
    assert listed(client.get(LIST, {"job__id__exact": job.pk})) == {for_job.pk}
    assert listed(client.get(LIST, {"job__isnull": "True"})) == {general.pk}
    assert listed(client.get(LIST, {"status__exact": "interview"})) == {general.pk}


def test_applications_cannot_be_added_in_the_admin(hr):
    client, _user = hr
    assert client.get(reverse("admin:careers_application_add")).status_code == 403


def test_moving_to_interview_on_the_change_page_is_recorded_with_the_user(hr):
    client, user = hr
    application = make_application(with_file=False)
    url = change_url(application)
    response = client.post(url, change_form_data(client, url, status="interview"))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "interview" and application.closed_at is None
    event = application.events.get()
    assert event.user == user and event.kind == ApplicationEvent.Kind.STATUS
    assert event.detail.endswith("面试") or event.detail.endswith("Interview")


def test_closing_sets_closed_at_and_saving_again_changes_nothing(hr):
    client, _user = hr
    application = make_application(with_file=False)
    application.move_to(Application.Status.INTERVIEW)
    url = change_url(application)
    client.post(url, change_form_data(client, url, status="rejected"))
    application.refresh_from_db()
    closed_at = application.closed_at
    assert application.status == "rejected" and closed_at is not None
    client.post(url, change_form_data(client, url))  # the second, unchanged save
    application.refresh_from_db()
    assert application.closed_at == closed_at
    assert application.events.count() == 2


def test_the_status_form_offers_only_the_workflows_next_steps(hr):
    client, _user = hr
    application = make_application(with_file=False)
    application.move_to(Application.Status.OFFER)
    url = change_url(application)
    form = client.get(url).context["adminform"].form
    assert [value for value, _label in form.fields["status"].choices] == ["offer", "withdrawn"]
    response = client.post(url, change_form_data(client, url, status="new"))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    application.refresh_from_db()
    assert application.status == "offer"


def test_hr_cannot_change_what_the_applicant_wrote(hr):
    client, _user = hr
    application = make_application(name="王芳", cover_note="我热爱机械。", with_file=False)
    url = change_url(application)
    data = change_form_data(client, url, name="篡改", phone="+8613000000000", cover_note="x", hr_notes="电话沟通良好")
    assert client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert (application.name, application.phone, application.cover_note) == ("王芳", "+8613812345678", "我热爱机械。")
    assert application.hr_notes == "电话沟通良好"


def test_notes_and_keep_are_recorded_in_the_history_shown_on_the_page(hr):
    client, user = hr
    application = make_application(with_file=False)
    url = change_url(application)
    client.post(url, change_form_data(client, url, hr_notes="下周二面试", keep="on"))
    kinds = list(application.events.values_list("kind", "user"))
    assert kinds == [(ApplicationEvent.Kind.NOTES, user.pk), (ApplicationEvent.Kind.KEEP, user.pk)]
    html = client.get(url).content.decode()
    assert "下周二面试" in html and "hr-li" in html


@pytest.mark.parametrize(
    ("action", "status"),
    [("move_to_reviewing", "reviewing"), ("move_to_interview", "interview"), ("move_to_rejected", "rejected")],
)
def test_bulk_actions_move_the_selection_and_record_each_move(hr, action, status):
    client, user = hr
    applications = [make_application(phone=f"+861390000000{i}", with_file=False) for i in range(3)]
    response = client.post(LIST, {"action": action, "_selected_action": [a.pk for a in applications]}, follow=True)
    assert response.status_code == 200
    assert set(Application.objects.values_list("status", flat=True)) == {status}
    assert ApplicationEvent.objects.filter(kind="status", user=user).count() == 3
    assert len(list(get_messages(response.wsgi_request))) == 1


def test_a_bulk_move_the_workflow_forbids_leaves_those_applications_alone(hr):
    client, _user = hr
    fresh = make_application(with_file=False)
    withdrawn = make_application(phone="+8613900000001", with_file=False)
    withdrawn.move_to(Application.Status.WITHDRAWN)
    response = client.post(
        LIST, {"action": "move_to_interview", "_selected_action": [fresh.pk, withdrawn.pk]}, follow=True
    )
    fresh.refresh_from_db()
    withdrawn.refresh_from_db()
    assert fresh.status == "interview" and withdrawn.status == "withdrawn"
    levels = sorted(message.level_tag for message in get_messages(response.wsgi_request))
    assert levels == ["success", "warning"]


def test_hr_downloads_the_resume_as_a_private_attachment_and_it_is_recorded(hr):
    client, user = hr
    application = make_application(name="王芳")
    for _ in range(2):  # every download is a record, the second too
        response = client.get(resume_url(application))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
        assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert ResumeDownload.objects.filter(application=application, user=user).count() == 2
    assert application.events.filter(kind=ApplicationEvent.Kind.DOWNLOAD, user=user).count() == 2
    page = client.get(change_url(application)).content.decode()
    assert resume_url(application) in page
    assert page.count("hr-li") >= 4  # two downloads, in the downloads list and in the history


def test_a_missing_resume_file_is_404_not_500(hr, settings):
    client, _user = hr
    application = make_application()
    (settings.PRIVATE_MEDIA_ROOT / application.resume.name).unlink()
    assert client.get(resume_url(application)).status_code == 404
    assert client.get(reverse("admin:careers_application_resume", args=[999999])).status_code == 404


def test_export_of_the_selected_rows_opens_with_chinese_text_and_no_formula(hr):
    client, user = hr
    job = JobFactory(title="焊接技师")
    hostile = make_application(name='=HYPERLINK("http://evil.example","点")', job=job, cover_note="+1-1")
    plain = make_application(name="李娜", phone="+8613900000001", email="li@example.com", with_file=False)
    make_application(name="未选中", phone="+8613900000002", with_file=False)
    response = client.post(LIST, {"action": "export_selected", "_selected_action": [hostile.pk, plain.pk]})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith("attachment;")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert len(rows) == 3
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)
    by_reference = {row[0]: row for row in rows[1:]}
    assert by_reference[hostile.reference][3] == '\'=HYPERLINK("http://evil.example","点")'
    assert by_reference[hostile.reference][2] == "焊接技师"
    assert by_reference[hostile.reference][11] == "'+1-1"
    assert by_reference[plain.reference][3] == "李娜"
    assert by_reference[plain.reference][5] == "13900000001"
    assert "未选中" not in str(rows)
    # The file is a spreadsheet only: no résumé bytes inside.
    assert b"%PDF" not in response.content
    assert ApplicationEvent.objects.filter(kind=ApplicationEvent.Kind.EXPORT, user=user).count() == 2


def test_hr_can_delete_an_application_and_its_file_goes(hr, settings, django_capture_on_commit_callbacks):
    client, _user = hr
    application = make_application()
    path = settings.PRIVATE_MEDIA_ROOT / application.resume.name
    url = reverse("admin:careers_application_delete", args=[application.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Application.objects.exists() and not path.exists()


def test_hr_manages_openings_and_sees_how_many_applied(hr):
    client, _user = hr
    job = JobFactory(title="装配工")
    make_application(job=job, with_file=False)
    response = client.get(reverse("admin:careers_job_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_list[0].application_total == 1
    assert client.get(reverse("admin:careers_job_add")).status_code == 200
    assert client.get(reverse("admin:careers_question_add")).status_code == 200
    assert client.get(reverse("admin:careers_privacynotice_add")).status_code == 200


@pytest.mark.parametrize(
    ("low", "high", "error"),
    [("9000", "6000", "薪资范围的上限低于下限"), ("-1", "", "确保该值大于或等于0"), ("abc", "", "输入整数"),
     ("", "99999999999", "确保该值小于或等于10000000")],
)  # fmt: skip
def test_hr_cannot_save_a_salary_range_that_makes_no_sense(hr, low, high, error):
    client, _user = hr
    job = JobFactory(title="装配工")
    url = reverse("admin:careers_job_change", args=[job.pk])
    response = client.post(url, change_form_data(client, url, salary_min=low, salary_max=high))
    assert response.status_code == 200 and error in response.content.decode()
    job.refresh_from_db()
    assert job.salary_min is None and job.salary_max is None


def test_hr_saves_a_salary_range_and_saving_again_keeps_it(hr):
    client, _user = hr
    job = JobFactory(title="装配工")
    url = reverse("admin:careers_job_change", args=[job.pk])
    for _ in range(2):
        response = client.post(url, change_form_data(client, url, salary_min="6000", salary_max="9000"))
        assert response.status_code == 302
        job.refresh_from_db()
        assert (job.salary_min, job.salary_max) == (6000, 9000)
