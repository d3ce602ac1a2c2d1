"""What every app's ``translation.py`` (django-modeltranslation) shares.

Content is stored in Simplified Chinese and English (``MODELTRANSLATION_LANGUAGES``); Traditional Chinese is
converted from the Simplified text when a page is rendered. A field an editor must fill is required in
Chinese only: English is optional everywhere and falls back to the Chinese text.
"""

from django.conf import settings
from django.db.models import Model
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy
from modeltranslation.translator import NotRegistered, TranslationOptions, translator
from modeltranslation.utils import build_localized_fieldname

SEO_FIELDS = ("seo_title", "seo_description")


class ContentTranslation(TranslationOptions):
    required_languages = ("zh-hans",)


# The text that makes an object's page worth listing in a language: its title or name.
MAIN_TEXT_FIELDS = ("title", "name", "question")


def main_text_field(obj):
    """The translated field naming ``obj`` (``title``, ``name``…), or None when its model has none."""
    if not isinstance(obj, Model):
        return None
    try:
        fields = translator.get_options_for_model(type(obj)).all_fields
    except NotRegistered:
        return None
    return next((name for name in MAIN_TEXT_FIELDS if name in fields), None)


def untranslated_languages(obj):
    """The stored languages besides the default (English) in which ``obj`` has no title or name of its own:
    its page there would show the Chinese one, so the sitemap and the hreflang links leave it out."""
    field = main_text_field(obj)
    if field is None:
        return set()
    return {
        code
        for code in settings.MODELTRANSLATION_LANGUAGES
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        and not getattr(obj, build_localized_fieldname(field, code), None)
    }


# How the admin names each language's copy of a field: 「标题 [中文]」/「标题 [英文]」, "title [Chinese]"…
LANGUAGE_LABELS = {
    "zh_hans": pgettext_lazy("content language", "Chinese"),
    "en": pgettext_lazy("content language", "English"),
}


def label_languages():
    """Name each ``<field>_<lang>`` after its field and language in the admin's language.

    modeltranslation appends the language code (「标题 [zh-hans]」); editors read the language's name. The
    migrations keep the field's own name (a translation field deconstructs as its original).
    """
    for model in translator.get_registered_models():
        options = translator.get_options_for_model(model)
        for name, translation_fields in options.all_fields.items():
            original = model._meta.get_field(name)
            for field in translation_fields:
                language = field.name.removeprefix(f"{name}_")
                field.verbose_name = format_lazy("{} [{}]", original.verbose_name, LANGUAGE_LABELS[language])


def copy_into_chinese(app_label, fields_by_model):
    """A migration operation that copies each registered field's text into its new ``<field>_zh_hans`` column.

    ``fields_by_model``: ``{"model_name": ("title", "body", …)}``. One UPDATE per model; the English columns
    start empty (NULL), so English pages show the Chinese text until an editor writes the English.
    """
    from django.db import migrations
    from django.db.models import F

    def forwards(apps, schema_editor):
        for model_name, fields in fields_by_model.items():
            model = apps.get_model(app_label, model_name)
            model._base_manager.update(**{f"{field}_zh_hans": F(field) for field in fields})

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)
