"""Abstract models every content model builds on."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from .querysets import OutgoingMailQuerySet, PublishedQuerySet


class TimeStampedModel(models.Model):
    """Creation and modification times."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class PublicContentModel(models.Model):
    """Content visitors see: saving or deleting a row, or changing its many-to-many links, retires
    every cached page and fragment (see core.cache). Visitors' submissions (applications, messages)
    are not public content, so they never empty the page cache."""

    class Meta:
        abstract = True


class PublishableModel(TimeStampedModel, PublicContentModel):
    """Content that editors can keep as a draft until it is ready."""

    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished content is visible to staff only.")
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True


def draft_by_default():
    """``is_published`` for content that starts as a draft: publishing is an explicit step."""
    return models.BooleanField(
        _("published"), default=False, help_text=_("Unpublished content is visible to staff only.")
    )


class SeoModel(models.Model):
    """Optional overrides for the page title and meta description."""

    seo_title = models.CharField(
        _("SEO title"), max_length=120, blank=True, help_text=_("Shown in the browser tab and search results.")
    )
    seo_description = models.CharField(
        _("SEO description"), max_length=300, blank=True, help_text=_("Summary shown by search engines.")
    )

    class Meta:
        abstract = True


class OrderedModel(models.Model):
    """A manual sort order; smaller numbers come first."""

    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


class SearchTextModel(models.Model):
    """Content the site search finds (see core.search): ``search_title`` (lower-cased) and ``search_text``
    (the other texts, the rich text as plain text) are filled from :meth:`search_parts` on every save, raw
    saves included (a revision reverted in code, ``loaddata``): by a ``pre_save`` receiver (core.apps).

    A subclass returns ``(title, [other texts…])`` from ``search_parts()``. Rows written in bulk
    (``bulk_create``, ``update()``) get theirs from ``manage.py rebuild_search_text``.
    """

    search_title = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_title", "search_text"}
        super().save(*args, **kwargs)

    def search_parts(self):
        raise NotImplementedError

    def fill_search_text(self):
        from .search import searchable, searchable_title

        titles, others = [], []
        for language in settings.MODELTRANSLATION_LANGUAGES:
            # Each stored language's texts (English falls back to the Chinese: dropped as a repeat below), so a
            # search finds a page by its Chinese or its English words.
            with translation.override(language):
                title, texts = self.search_parts()
            titles.append(title or "")
            others += texts
        self.search_title = searchable_title(" ".join(dict.fromkeys(filter(None, titles))))
        self.search_text = searchable(*dict.fromkeys(filter(None, others)))


def fill_search_text(sender, instance, **kwargs):
    """``pre_save``: every save of searchable content refreshes its search columns."""
    if isinstance(instance, SearchTextModel):
        instance.fill_search_text()


class OutgoingMail(models.Model):
    """An e-mail the site sends (core.mail): stored first, sent after the transaction commits, kept and retried
    by ``manage.py send_queued_mail`` when sending fails, so a message is never lost."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.JSONField(_("to"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("sending since"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")

    def __str__(self):
        return self.subject


class TwoFactorDevice(TOTPDevice):
    """django-otp's TOTP device under a name in the admin's language (the library marks none for translation).

    A proxy: the same table, the same devices the login checks (core.admin_site).
    """

    class Meta:
        proxy = True
        verbose_name = _("TOTP device")
        verbose_name_plural = _("TOTP devices")
