from modeltranslation.translator import register

from core.translation import ContentTranslation

from .models import Office, RepairStep


@register(Office)
class OfficeTranslation(ContentTranslation):
    fields = ("name", "city", "address")


@register(RepairStep)
class RepairStepTranslation(ContentTranslation):
    fields = ("title", "text")
