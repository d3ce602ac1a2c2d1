"""URL aliases (slugs) filled in from a Chinese title in pinyin when an editor leaves them empty."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypinyin import lazy_pinyin

SLUG_HELP = _("English or pinyin; filled in from the name or title when left empty.")


def pinyin_slug(text):
    """ASCII slug of ``text``: Chinese characters as toneless pinyin syllables, the rest slugified.

    ``"KD-80 液压破碎锤"`` → ``"kd-80-ye-ya-po-sui-chui"``.
    """
    return slugify("-".join(lazy_pinyin(text or "")))


def unique_slug(model, text, instance=None, *, field="slug", scope=None, reserved=()):
    """A slug for ``text`` that no other row of ``model`` uses: ``name``, then ``name-2``, ``name-3``…

    ``scope`` narrows uniqueness to rows with the same values (a page's siblings); ``reserved`` lists
    slugs the site keeps for itself. Cut to the field's ``max_length``, suffix included.
    """
    max_length = model._meta.get_field(field).max_length or 50
    base = pinyin_slug(text)[:max_length].strip("-") or model._meta.model_name
    others = model._default_manager.filter(**(scope or {}))
    if instance is not None and instance.pk is not None:
        others = others.exclude(pk=instance.pk)
    taken = set(others.filter(**{f"{field}__startswith": base}).values_list(field, flat=True)) | set(reserved)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = f"{base[: max_length - len(suffix)].rstrip('-')}{suffix}"
    return candidate


class AutoSlugModel(models.Model):
    """Fills an empty ``slug`` from ``slug_source`` (the title) before validation and before saving.

    The slug field itself stays on the model (``blank=True``) so an editor can still type one.
    """

    slug_source = "title"
    slug_scope = ()  # fields whose values bound uniqueness, e.g. ("parent",) for pages
    slug_reserved = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_slug()
        super().save(*args, **kwargs)

    def clean_fields(self, exclude=None):
        self.fill_slug()
        super().clean_fields(exclude=exclude)

    def fill_slug(self):
        if not self.slug:
            scope = {name: getattr(self, name) for name in self.slug_scope}
            self.slug = unique_slug(
                type(self), getattr(self, self.slug_source), self, scope=scope, reserved=self.slug_reserved
            )
