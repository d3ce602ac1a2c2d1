"""The admin's delete confirmation says in plain Chinese which links a deletion removes.

Deleting a product also deletes the rows that link it to cases, articles, videos and brands.
Django lists those as "Case-product relationship: Case_products object (1)"; ``LinkedDeleteMixin``
names the other end instead ("解除关联：施工案例“…”将不再列出此产品", with a link to it), so the editor sees
which public pages change before confirming. Nothing else changes: protected objects still refuse.
"""

from django.contrib.admin.utils import NestedObjects, quote
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def _other_end(link, deleted_model):
    """The row at the other end of an auto-created many-to-many link row, or None."""
    for field in link._meta.fields:
        if field.is_relation and field.related_model is not deleted_model:
            return getattr(link, field.name)
    return None


class LinkedDeleteMixin:
    """A ModelAdmin mixin: many-to-many links in the delete confirmation name the row that loses the link."""

    def linked_object_name(self, obj):
        """How the row at the other end of a link is named (a permission in Chinese, see core.admin_i18n)."""
        return str(obj)

    def get_deleted_objects(self, objs, request):
        try:
            first = objs[0]
        except IndexError:
            return [], {}, set(), []
        deleted_model = first._meta.model
        collector = NestedObjects(using=router.db_for_write(deleted_model), origin=objs)
        collector.collect(objs)
        perms_needed = set()

        def link_to(obj):
            opts = obj._meta
            if not self.admin_site.is_registered(obj.__class__):
                return None
            try:
                return reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)]
                )
            except NoReverseMatch:
                return None

        def describe(obj):
            opts = obj._meta
            if opts.auto_created:
                other = _other_end(obj, deleted_model)
                if other is not None:
                    label = capfirst(other._meta.verbose_name)
                    url = link_to(other)
                    text = self.linked_object_name(other)
                    name = format_html('<a href="{}">{}</a>', url, text) if url else text
                    return format_html(
                        _("Link removed: {thing} “{name}” will no longer list this {deleted}"),
                        thing=label,
                        name=name,
                        deleted=deleted_model._meta.verbose_name,
                    )
            if self.admin_site.is_registered(obj.__class__):
                if not self.admin_site.get_model_admin(obj.__class__).has_delete_permission(request, obj):
                    perms_needed.add(opts.verbose_name)
            url = link_to(obj)
            if url:
                return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), url, obj)
            return f"{capfirst(opts.verbose_name)}: {obj}"

        def count_label(model):
            if model._meta.auto_created:
                other = next(
                    (
                        f.related_model
                        for f in model._meta.fields
                        if f.is_relation and f.related_model is not deleted_model
                    ),
                    None,
                )
                if other is not None:
                    return _("links from %(things)s") % {"things": other._meta.verbose_name_plural}
            return model._meta.verbose_name_plural

        to_delete = collector.nested(describe)
        protected = [describe(obj) for obj in collector.protected]
        model_count = {count_label(model): len(rows) for model, rows in collector.model_objs.items()}
        return to_delete, model_count, perms_needed, protected
