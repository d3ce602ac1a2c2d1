"""HR logs in, finds an application, moves it to interview and downloads the PDF résumé."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from careers.factories import ApplicationFactory, JobFactory
from careers.models import Application, ApplicationEvent, ResumeDownload

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def hr_user(django_user_model):
    user = django_user_model.objects.create_user("hr-zhou", password="pw-hr-desk-123", is_staff=True)
    user.groups.add(Group.objects.get(name="HR"))
    return user


def test_hr_finds_an_application_moves_it_to_interview_and_downloads_the_resume(desktop_page, hr_user, tmp_path):
    job = JobFactory(title="液压系统工程师")
    wanted = ApplicationFactory(name="王芳", job=job, phone="+8613911112222")
    ApplicationFactory(name="赵强", job=job)
    page = desktop_page

    page.goto("/admin/login/?next=/admin/careers/application/")
    page.fill("#id_username", "hr-zhou")
    page.fill("#id_password", "pw-hr-desk-123")
    page.locator("input[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/careers/application/$"))

    page.fill("#searchbar", "139 1111 2222")  # the number as HR reads it off a call
    page.locator("#changelist-search input[type=submit]").click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("液压系统工程师")
    rows.first.get_by_role("link", name=wanted.reference).click()
    expect(page).to_have_url(re.compile(rf"/admin/careers/application/{wanted.pk}/change/"))

    # The applicant's words are shown, not editable.
    expect(page.locator("#id_name")).to_have_count(0)
    page.select_option("#id_status", "interview")
    page.fill("#id_hr_notes", "周二上午十点面试")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page.locator("#id_status")).to_have_value("interview")

    with page.expect_download() as download_info:
        page.get_by_role("link", name=wanted.resume_name).click()
    download = download_info.value
    saved = tmp_path / "resume.pdf"
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
    assert download.suggested_filename.endswith(".pdf") and wanted.reference in download.suggested_filename

    page.reload()
    expect(page.locator("#downloads-group, [id$=downloads-group]").first).to_contain_text("hr-zhou")
    wanted.refresh_from_db()
    assert wanted.status == Application.Status.INTERVIEW
    assert ResumeDownload.objects.filter(application=wanted, user=hr_user).count() == 1
    kinds = list(wanted.events.order_by("at", "pk").values_list("kind", flat=True))
    assert kinds == [ApplicationEvent.Kind.STATUS, ApplicationEvent.Kind.NOTES, ApplicationEvent.Kind.DOWNLOAD]
