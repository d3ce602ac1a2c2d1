"""A job seeker on a phone opens an opening, applies with a PDF and sees the reference; later the
applicant looks up the status and withdraws, and the record and the file are gone."""

import re

import pytest
from playwright.sync_api import expect

from careers.factories import ApplicationFactory, JobFactory, PrivacyNoticeFactory
from careers.models import Application
from core.demo.documents import pdf_document
from pages.factories import PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def careers_site(settings):
    settings.FORM_MIN_FILL_SECONDS = 0  # the browser fills the form faster than a person
    SiteSettingsFactory()
    section = PageFactory(title="加入科德", nav_title="人才招聘", slug="careers", body="<p>为什么加入科德</p>")
    PageFactory(title="在线简历", slug="apply", parent=section)
    PrivacyNoticeFactory(version="2026-11")
    JobFactory(title="焊工（机器人焊接）", slug="robot-welder", department="结构件车间")
    return JobFactory(title="液压工程师", slug="hydraulic-engineer", department="技术中心")


def test_a_job_seeker_on_a_phone_applies_with_a_pdf_and_sees_the_reference(phone_page, careers_site, settings):
    page = phone_page
    page.goto("/careers/")
    page.get_by_role("link", name="液压工程师").click()
    expect(page).to_have_url(re.compile(r"/careers/jobs/hydraulic-engineer/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("液压工程师")
    page.get_by_role("link", name="申请该职位").click()
    expect(page).to_have_url(re.compile(r"/careers/apply/\?job=hydraulic-engineer$"))
    expect(page.locator("#id_job")).to_have_value(str(careers_site.pk))

    page.fill("#id_name", "王小明")
    page.fill("#id_phone", "138 1234 5678")
    page.fill("#id_email", "xiaoming@example.com")
    page.select_option("#id_education", "bachelor")
    page.fill("#id_years_experience", "3")
    page.fill("#id_desired_position", "液压工程师")
    page.fill("#id_expected_city", "衡阳")
    page.fill("#id_cover_note", "三年液压系统调试经验。")
    page.set_input_files(
        "#id_resume", files=[{"name": "王小明的简历.pdf", "mimeType": "application/pdf", "buffer": pdf_document("CV")}]
    )
    expect(page.locator(".field-trap input")).not_to_be_in_viewport()
    page.get_by_role("button", name="提交申请").click()
    # The consent box was left unticked: the form says so next to it and keeps what was typed.
    expect(page.locator("#id_consent_error")).to_contain_text("请阅读隐私声明并勾选同意")
    expect(page.locator("#id_name")).to_have_value("王小明")
    assert not Application.objects.exists()

    page.set_input_files(
        "#id_resume", files=[{"name": "王小明的简历.pdf", "mimeType": "application/pdf", "buffer": pdf_document("CV")}]
    )
    page.check("#id_consent")
    page.get_by_role("button", name="提交申请").click()
    expect(page).to_have_url(re.compile(r"/careers/apply/thanks/$"))
    application = Application.objects.get()
    expect(page.locator("[data-reference]")).to_have_text(application.reference)
    assert application.job == careers_site and application.phone == "+8613812345678"
    assert (settings.PRIVATE_MEDIA_ROOT / application.resume.name).is_file()

    page.reload()  # a reload of the thank-you page stores nothing more and still shows the reference
    expect(page.locator("[data-reference]")).to_have_text(application.reference)
    assert Application.objects.count() == 1


def test_the_applicant_looks_up_the_status_and_withdraws(phone_page, careers_site, settings):
    application = ApplicationFactory(name="陈静", phone="+8615034567890", job=careers_site)
    resume = settings.PRIVATE_MEDIA_ROOT / application.resume.name
    assert resume.is_file()
    page = phone_page
    page.goto("/careers/status/")
    page.fill("#id_reference", application.reference.lower())
    page.fill("#id_phone", "13900000000")  # the wrong phone first
    page.get_by_role("button", name="查询进度").click()
    expect(page.get_by_role("alert")).to_contain_text("没有找到与该申请编号和手机号码相符的申请")

    page.fill("#id_phone", "150 3456 7890")
    page.get_by_role("button", name="查询进度").click()
    expect(page.locator("[data-status]")).to_have_text("已收到")
    expect(page.locator(".desk__result")).to_contain_text("液压工程师")

    page.get_by_role("button", name="撤回我的申请").click()
    expect(page.get_by_role("status")).to_contain_text("您的申请和简历文件已删除")
    expect(page.locator("[data-status]")).to_have_count(0)
    assert not Application.objects.filter(pk=application.pk).exists()
    assert not resume.exists()
