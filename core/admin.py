"""Admin building blocks shared by the apps, and the outgoing e-mail queue (superusers only, read-only)."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import ngettext

from .admin_delete import LinkedDeleteMixin
from .admin_i18n import ChinesePermissionsMixin
from .fields import RichTextField
from .models import OutgoingMail
from .sanitize import images_without_alt


def phone_for_people(phone):
    """A mainland number as people dial it (13812345678); any other stays in its international form."""
    return phone[3:] if phone.startswith("+86") else phone


class PhoneSearchMixin:
    """A phone number typed with spaces or hyphens (138 1234-5678) finds the stored +8613812345678."""

    def get_search_results(self, request, queryset, search_term):
        compact = search_term.replace(" ", "").replace("-", "")
        if compact.lstrip("+").isdigit() and compact != search_term:
            search_term = compact
        return super().get_search_results(request, queryset, search_term)


class ReadOnlyInline(admin.TabularInline):
    """Lines of a record's history: shown, never added, changed or deleted in the admin."""

    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def move_selected(modeladmin, request, queryset, status, *, label, can_move, move, moved_message, skipped_message):
    """An admin action's body: moves each selected record the workflow lets move (``can_move(old, new)``,
    ``move(record)``) and reports how many moved and how many stayed. The messages are callables of the
    count (``lambda n: ngettext(...)``) so each app keeps its own wording."""
    moved = skipped = 0
    for record in queryset:
        if can_move(record.status, status):
            move(record)
            moved += 1
        else:
            skipped += 1
    if moved:
        text = moved_message(moved) % {"count": moved, "status": label}
        modeladmin.message_user(request, text, messages.SUCCESS)
    if skipped:
        text = skipped_message(skipped) % {"count": skipped, "status": label}
        modeladmin.message_user(request, text, messages.WARNING)


class AltTextReminderMixin:
    """For the admin of a model with rich text: after a save, says how many of its images still have no alt text
    (the sanitizer stored them with ``alt=""``, and the editor outlines them until one is written)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        missing = sum(
            images_without_alt(getattr(obj, field.attname))
            for field in obj._meta.concrete_fields
            if isinstance(field, RichTextField)
        )
        if missing:
            message = ngettext(
                "%(count)d image in the text has no alt text. Select it in the editor and describe it with the "
                "“Change image text alternative” button, unless it only decorates the page.",
                "%(count)d images in the text have no alt text. Select each in the editor and describe it with the "
                "“Change image text alternative” button, unless it only decorates the page.",
                missing,
            )
            self.message_user(request, message % {"count": missing}, messages.WARNING)


class PublishedListAdmin(admin.ModelAdmin):
    """An ordered, publishable model: order and published are edited right in the list."""

    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """What the site sent or failed to send. E-mails hold visitors' data (names, phone numbers), so only
    superusers see them, and nobody edits them: ``send_queued_mail`` retries failed ones."""

    list_display = ["subject", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject"]
    date_hierarchy = "created_at"
    fields = ["to", "reply_to", "subject", "body", "status", "attempts", "last_error", "created_at", "sent_at"]
    readonly_fields = fields

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Django's user and group admins, with delete pages that name the links a deletion removes in Chinese
# (Django's own say "User-group关系: User_groups object (1)") and permissions listed in Chinese.
admin.site.unregister(get_user_model())
admin.site.unregister(Group)


@admin.register(get_user_model())
class StaffUserAdmin(ChinesePermissionsMixin, LinkedDeleteMixin, UserAdmin):
    pass


@admin.register(Group)
class StaffGroupAdmin(ChinesePermissionsMixin, LinkedDeleteMixin, GroupAdmin):
    pass
