"""Test data for careers: openings, and applications with a real small PDF in private storage."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from careers.models import Application, Job, PrivacyNotice, Question
from core.demo.documents import pdf_document

_counter = {"n": 0}


def _next():
    _counter["n"] += 1
    return _counter["n"]


def make_job(**fields):
    n = _next()
    values = {
        "title": f"售后服务工程师 {n}",
        "slug": f"job-{n}",
        "department": "售后服务部",
        "location": "烟台",
        "duties": "<p>负责破碎锤的安装调试。</p>",
        "requirements": "<p>机械相关专业。</p>",
    }
    values.update(fields)
    return Job.objects.create(**values)


def make_notice(version="2026-11", **fields):
    return PrivacyNotice.objects.create(
        version=version, body="<p>我们只为招聘使用您的资料。</p>", is_current=True, **fields
    )


def make_question(**fields):
    values = {"question": "应届生可以申请吗？", "answer": "<p>可以。</p>"}
    values.update(fields)
    return Question.objects.create(**values)


def make_application(*, with_file=True, age=timedelta(0), **fields):
    values = {
        "name": "张伟",
        "phone": "+8613812345678",
        "email": "",
        "education": Application.Education.BACHELOR,
        "years_experience": 3,
        "desired_position": "售后服务工程师",
        "consent_at": timezone.now(),
        "privacy_version": "2026-11",
    }
    values.update(fields)
    application = Application(**values)
    if with_file:
        application.resume = ContentFile(pdf_document("Resume", "Kede Group applicant"), name="简历.pdf")
    application.save()
    if age:
        Application.objects.filter(pk=application.pk).update(created_at=timezone.now() - age)
        application.refresh_from_db()
    return application
