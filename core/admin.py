"""Admin building blocks shared by the apps, and the outgoing e-mail queue (superusers only, read-only)."""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from .admin_delete import LinkedDeleteMixin
from .admin_i18n import ChinesePermissionsMixin
from .fields import RichTextField, is_translated_original
from .models import OutgoingMail, TwoFactorDevice
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


class AltTextReminderMixin:
    """For the admin of a model with rich text: after a save, says how many of its images still have no alt text
    (the sanitizer stored them with ``alt=""``, and the editor outlines them until one is written)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        missing = sum(
            images_without_alt(getattr(obj, field.attname))
            for field in obj._meta.concrete_fields
            if isinstance(field, RichTextField) and not is_translated_original(obj, field.attname)
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


# Content in Chinese and English (django-modeltranslation, each app's translation.py): each translated field
# shows as its 「… [中文]」 and 「… [英文]」 inputs, side by side on a wide screen (static/css/admin-languages.css).
# modeltranslation's tabbed variant is not used: it loads jQuery UI from a CDN.
BILINGUAL_CSS = {"all": ["css/admin-languages.css"]}


def with_chinese_aliases(data):
    """``data`` where a translated field posted under its own name (``title``, ``images-0-alt``: a form from
    before the content was bilingual, a script) fills its Chinese input (``title_zh_hans``), as it filled the
    one Chinese column before."""
    from modeltranslation.translator import translator

    translated = {
        name
        for model in translator.get_registered_models()
        for name in translator.get_options_for_model(model).all_fields
    }
    aliases = {}
    for key in data:
        prefix, dash, name = key.rpartition("-")
        chinese = f"{prefix}{dash}{name}_zh_hans"
        if name in translated:
            aliases[chinese] = data.getlist(key)
    if not aliases:
        return data
    data = data.copy()
    for key, values in aliases.items():
        data.setlist(key, values)
    return data


class ChineseErrorsMixin:
    """A ModelForm of translated fields: an error the model's ``clean()`` raises for ``name`` shows at the
    ``name_zh_hans`` input (the form has no ``name``), where the text it judged is typed."""

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            moved = {}
            for field, messages in errors.error_dict.items():
                chinese = f"{field}_zh_hans"
                moved[chinese if field not in self.fields and chinese in self.fields else field] = messages
            errors = ValidationError(moved)
        super()._update_errors(errors)


def with_chinese_errors(form):
    return type(form.__name__, (ChineseErrorsMixin, form), {})


class BilingualAdmin(TranslationAdmin):
    """The admin of a model with translated fields; mix in before ``HistoryAdmin``/``DraggableMPTTAdmin``."""

    class Media:
        css = BILINGUAL_CSS

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            request.POST = with_chinese_aliases(request.POST)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        # TranslationAdmin.get_form drops ModelAdmin's ``change`` argument, which our mixins pass on.
        kwargs = self._get_form_or_formset(request, obj, **kwargs)
        return with_chinese_errors(super(TranslationAdmin, self).get_form(request, obj, change, **kwargs))


class BilingualInlineMixin:
    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = with_chinese_errors(formset.form)
        return formset


class BilingualTabularInline(BilingualInlineMixin, TranslationTabularInline):
    class Media:
        css = BILINGUAL_CSS


class BilingualStackedInline(BilingualInlineMixin, TranslationStackedInline):
    class Media:
        css = BILINGUAL_CSS


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


if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)


@admin.register(TwoFactorDevice)
class TwoFactorDeviceAdmin(TOTPDeviceAdmin):
    """django-otp's device admin (its QR code page included) with every label in the admin's language.

    The library's fields, help texts and fieldsets are plain English strings; their Chinese lives in our
    catalogue (core.admin_i18n.THIRD_PARTY_MESSAGES) and is applied here, where the admin shows them.
    """

    FIELDSETS = {
        "Identity": _("Device"),
        "Timestamps": _("Times"),
        "Configuration": _("Settings"),
        "State": _("State"),
        "Throttling": _("Failed attempts"),
    }
    list_display = ["owner", "device_name", "created", "last_used", "is_confirmed"]
    list_filter = []
    readonly_fields = ["created", "last_used", "qrcode_link"]
    search_help_text = _("Search by the user's username or e-mail address.")

    def get_list_display(self, request):
        return (
            [*self.list_display, "qrcode_link"]
            if "qrcode_link" in super().get_list_display(request)
            else self.list_display
        )

    def get_fieldsets(self, request, obj=None):
        renamed = {"created_at": "created", "last_used_at": "last_used"}
        return [
            (self.FIELDSETS.get(name, name), {**options, "fields": [renamed.get(f, f) for f in options["fields"]]})
            for name, options in super().get_fieldsets(request, obj)
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None:
            formfield.label = capfirst(gettext(str(db_field.verbose_name)))
            formfield.help_text = gettext(str(db_field.help_text)) if db_field.help_text else ""
        return formfield

    @admin.display(description=_("user"), ordering="user")
    def owner(self, device):
        return device.user

    @admin.display(description=_("name"), ordering="name")
    def device_name(self, device):
        return device.name

    @admin.display(description=_("created at"), ordering="created_at")
    def created(self, device):
        return device.created_at or self.get_empty_value_display()

    @admin.display(description=_("last used at"), ordering="last_used_at")
    def last_used(self, device):
        return device.last_used_at or self.get_empty_value_display()

    @admin.display(description=_("confirmed"), boolean=True, ordering="confirmed")
    def is_confirmed(self, device):
        return device.confirmed

    @admin.display(description=_("QR Code"))
    def qrcode_link(self, device):
        url = reverse("admin:otp_totp_totpdevice_config", kwargs={"pk": device.pk})
        return format_html('<a href="{}">{}</a>', url, gettext("Show QR code"))


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class LockoutAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of failed sign-ins, with its clean-up action working from the admin.

    The library's action reads the time of a sign-in attempt from the request, which an admin action
    has none of (django-axes 8.3.1 answers 500); without one it counts from now.
    """

    @admin.action(description=_("Clean up expired attempts"))
    def cleanup_expired_attempts(self, request, queryset):
        request.axes_attempt_time = None
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(
            request,
            ngettext("%(count)d expired attempt removed.", "%(count)d expired attempts removed.", count)
            % {"count": count},
        )
