"""Admin building blocks shared by the apps, and the outgoing e-mail queue (superusers only, read-only)."""

from django.contrib import admin, messages
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import OutgoingMail


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


class YearFilter(admin.SimpleListFilter):
    """The years between a date field's first and last value, newest first: use ``year_filter(field)``.

    Instead of ``date_hierarchy`` on large tables: its year list is a ``SELECT DISTINCT`` of every
    row's date truncated to the year (on SQLite a Python function per row: 250 ms for 20,000
    articles), where this reads the first and last value off the field's index. A year without
    rows may be offered; choosing it shows an empty list.
    """

    title = _("year")
    field_name = None

    def lookups(self, request, model_admin):
        span = model_admin.get_queryset(request).aggregate(first=Min(self.field_name), last=Max(self.field_name))
        if span["first"] is None:
            return []
        first, last = (
            (timezone.localtime(value) if timezone.is_aware(value) else value).year
            for value in (span["first"], span["last"])
        )
        return [(str(year), str(year)) for year in range(last, first - 1, -1)]

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value.isascii() and value.isdigit() and 1 <= int(value) <= 9999:
            return queryset.filter(**{f"{self.field_name}__year": int(value)})
        return queryset


def year_filter(field_name):
    """A :class:`YearFilter` on ``field_name`` for ``list_filter``; its query parameter is ``<field_name>_year``."""
    return type(
        f"{field_name.title().replace('_', '')}YearFilter",
        (YearFilter,),
        {"field_name": field_name, "parameter_name": f"{field_name}_year"},
    )


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
