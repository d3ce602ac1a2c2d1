"""factory-boy factories for careers; used by the tests (and the same shapes as the demo seed)."""

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from core.demo.documents import pdf_document

from .models import Application, Job, PrivacyNotice, Question


class JobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Job

    title = factory.Sequence(lambda n: f"售后服务工程师{n}")
    slug = factory.Sequence(lambda n: f"job-{n}")
    department = "客户中心"
    location = "衡阳"
    headcount = 2
    duties = "<p>负责破碎锤、液压剪的安装调试和现场维修。</p>"
    requirements = "<p>机械或液压相关专业，能适应出差。</p>"
    benefits = "<p>五险一金，出差补贴。</p>"


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    question = factory.Sequence(lambda n: f"应届毕业生可以应聘吗？{n}")
    answer = "<p>可以。</p>"


class PrivacyNoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PrivacyNotice

    version = factory.Sequence(lambda n: f"2026-{n:02d}")
    body = "<p>您的简历只用于本公司招聘，仅人力资源部可以查看。</p>"
    is_current = True


def resume_pdf(name="resume.pdf"):
    """A small real PDF upload."""
    return ContentFile(pdf_document("Resume", "Kede Group applicant"), name=name)


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application with a real PDF in private storage; ``resume=None`` for none (faster, for counts)."""

    class Meta:
        model = Application

    job = None
    name = "张伟"
    phone = factory.Sequence(lambda n: f"+86138{n:08d}")
    email = ""
    education = Application.Education.BACHELOR
    years_experience = 3
    desired_position = "售后服务工程师"
    expected_city = "衡阳"
    consent_at = factory.LazyFunction(timezone.now)
    privacy_version = "2026-11"
    resume = factory.LazyFunction(resume_pdf)
