from modeltranslation.translator import register

from core.translation import SEO_FIELDS, ContentTranslation

from .models import Job, PrivacyNotice, Question


@register(Job)
class JobTranslation(ContentTranslation):
    fields = ("title", "department", "location", "duties", "requirements", "benefits", *SEO_FIELDS)


@register(Question)
class QuestionTranslation(ContentTranslation):
    fields = ("question", "answer")


@register(PrivacyNotice)
class PrivacyNoticeTranslation(ContentTranslation):
    fields = ("body",)
