"""Content texts on English pages: where an English text is missing the Chinese one is shown (modeltranslation's
fallback), marked ``lang="zh-Hans"`` so that screen readers, translation tools and search engines read it as
Chinese. Simplified and Traditional pages never get the mark (their text is the Chinese one).

- ``{% translated obj "name" %}``: the text, escaped, as ``<span lang="zh-Hans">…</span>`` when it falls back.
- ``{% translated obj "body" block %}``: rich text (already sanitized HTML), as ``<div lang="zh-Hans">…</div>``
  when it falls back.
- ``<p{% fallback_lang obj "summary" %}>{{ obj.summary|linebreaksbr }}</p>``: only the attribute, for an
  element of the template's own (when the text goes through other filters).
"""

from django import template
from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname, get_language

from ..fields import RichTextField

register = template.Library()

FALLBACK_LANG = "zh-Hans"


def falls_back(obj, field):
    """Whether ``obj.<field>`` shows the Chinese text because the active language's own text is empty."""
    language = get_language()
    if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE or obj is None:
        return False
    own = getattr(obj, build_localized_fieldname(field, language), None)
    if own is None and not hasattr(obj, build_localized_fieldname(field, language)):
        return False  # not a translated field (or not a model object): nothing to mark
    return not own and bool(getattr(obj, field, None))


def _is_rich_text(obj, field):
    try:
        return isinstance(obj._meta.get_field(field), RichTextField)
    except (AttributeError, LookupError):
        return False


@register.simple_tag
def translated(obj, field, layout="inline"):
    value = getattr(obj, field, None) or "" if obj is not None else ""
    text = mark_safe(value) if _is_rich_text(obj, field) else conditional_escape(value)  # noqa: S308 (sanitized)
    if not falls_back(obj, field):
        return text
    tag = "div" if layout == "block" else "span"
    return format_html('<{} lang="{}">{}</{}>', tag, FALLBACK_LANG, text, tag)


@register.simple_tag
def fallback_lang(obj, field):
    return format_html(' lang="{}"', FALLBACK_LANG) if falls_back(obj, field) else ""
