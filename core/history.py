"""Revision history for the content editors work on: who changed what and when, compare two versions, revert.

Built on django-reversion. ``HistoryAdmin`` is mixed into a content model's admin (after mptt's admin
classes, so the draggable tree keeps its change list); it registers the model with its inlines followed
(a product's specs and images, an article's attachments…), so a revert restores those too. The compare
view is ours: django-reversion-compare has no Chinese catalogue and needs Python 3.12 for Django 5.2.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.models import Version


class HistoryAdmin(VersionAdmin):
    object_history_template = "admin/history/object_history.html"
    history_latest_first = True

    @property
    def _url_prefix(self):
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}"

    def get_urls(self):
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{self._url_prefix}_compare",
        )
        return [compare, *super().get_urls()]

    def history_view(self, request, object_id, extra_context=None):
        prefix = f"admin:{self._url_prefix}"
        versions = self._reversion_order_version_queryset(
            request,
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).select_related("revision__user"),
        )
        context = {
            "compare_url": reverse(f"{prefix}_compare", args=[object_id]),
            "action_list": [
                {
                    "version": version,
                    "revision": version.revision,
                    "url": reverse(f"{prefix}_revision", args=[object_id, version.pk]),
                }
                for version in versions
            ],
        }
        return super().history_view(request, object_id, {**context, **(extra_context or {})})

    def revision_view(self, request, object_id, version_id, extra_context=None):
        response = super().revision_view(request, object_id, version_id, extra_context)
        tree_manager = getattr(self.model, "_tree_manager", None)
        if request.method == "POST" and response.status_code == 302 and tree_manager is not None:
            # The old version carries the tree positions of its day: put the tree back in order.
            tree_manager.rebuild()
        return response

    def compare_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        if len(versions) < 2 and not request.GET.get("from"):
            raise Http404
        older = _pick(versions, request.GET.get("from"), 1)
        newer = _pick(versions, request.GET.get("to"), 0)
        if older.revision.date_created > newer.revision.date_created:
            older, newer = newer, older
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare versions of %(name)s") % {"name": obj},
            "subtitle": None,
            "opts": opts,
            "object": obj,
            "older": older,
            "newer": newer,
            "fields": changed_fields(self.model, older, newer),
            "related": changed_related(older, newer),
            "history_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[object_id]),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/history/compare.html", context)


def _pick(versions, version_id, default_index):
    if version_id:
        return get_object_or_404(versions, pk=version_id)
    return versions[default_index]


def changed_fields(model, older, newer):
    """(label, old, new) for every editable field whose value differs between the two versions."""
    rows = []
    fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
    for field in fields:
        if not field.editable or field.primary_key:
            continue
        old, new = older.field_dict.get(field.attname), newer.field_dict.get(field.attname)
        if field.many_to_many:
            old, new = sorted(old or []), sorted(new or [])
        if old != new:
            rows.append((field.verbose_name, display(field, old), display(field, new)))
    return rows


def display(field, value):
    """A field's value as an editor reads it: names for links, labels for choices, text without markup."""
    if value is None or value == "" or value == []:
        return "—"
    if field.many_to_many:
        names = {str(o.pk): str(o) for o in field.related_model._default_manager.filter(pk__in=value)}
        return "、".join(names.get(str(pk), f"#{pk}") for pk in value)
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.FileField):
        return str(value)
    return Truncator(strip_tags(str(value))).chars(300)


def changed_related(older, newer):
    """(kind, old, new) for the followed rows (specs, images…) saved with each version that differ."""

    def others(version):
        rows = version.revision.version_set.exclude(pk=version.pk).select_related("content_type")
        return {(row.content_type_id, row.object_id): row for row in rows}

    before, after = others(older), others(newer)
    changes = []
    for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], str(k[1]))):
        old, new = before.get(key), after.get(key)
        old_text, new_text = (old.object_repr if old else "—"), (new.object_repr if new else "—")
        if old_text != new_text:
            row = old or new
            changes.append((row.content_type.model_class()._meta.verbose_name, old_text, new_text))
    return changes
