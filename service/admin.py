"""The service desk in the admin: one inbox per kind (messages, inquiries, repair requests), the sales
network's offices and the repair process.

The inboxes belong to the Service group (``settings.STAFF_GROUPS``) and superusers: every page of them —
list, change page, history, a photo, the export — answers 403 to anyone else. What the visitor sent is
read-only; staff move the status (``service.workflow``), assign, write internal notes and a public reply
(dated on the first save and e-mailed to the visitor), approve messages for the public board and export
the selected rows. Repair photos are private files shown through a permission-checked view.
Offices are public content edited by the Editors and Service; repair steps by the Editors.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core import attention
from core.admin import (
    BilingualAdmin,
    PhoneSearchMixin,
    PublishedListAdmin,
    ReadOnlyInline,
    move_selected,
    phone_for_people,
    year_filter,
)
from core.admin_delete import LinkedDeleteMixin
from core.cache import content_changed
from core.downloads import private_file_response
from core.export import spreadsheet_response
from core.keep_uploads import KeepUploadsMixin
from products.models import Category

from . import workflow
from .models import Inquiry, Message, Office, PlainMessage, RepairPhoto, RepairRequest, RepairStep, Status
from .provinces import PROVINCES, province_name

VIEW_PHOTO = "service.view_repairphoto"


# The sales network and the repair process: public content.


class OfficeForm(forms.ModelForm):
    provinces_covered = forms.MultipleChoiceField(
        label=_("provinces covered"),
        choices=PROVINCES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Messages and repair requests from these provinces go to this office."),
    )

    class Meta:
        model = Office
        fields = ["name", "kind", "region", "province", "city", "address", "phone", "contact_person", "email",
                  "provinces_covered", "order", "is_published"]  # fmt: skip


@admin.register(Office)
class OfficeAdmin(BilingualAdmin, PublishedListAdmin):
    form = OfficeForm
    list_display = ["name", "kind", "region", "province", "city", "phone", "email", "coverage", "order", "is_published"]
    list_filter = ["is_published", "kind", "region", "province"]
    search_fields = ["name", "city", "address", "contact_person", "email"]

    @admin.display(description=_("provinces covered"))
    def coverage(self, office):
        return "、".join(office.provinces_covered_names) or "—"


@admin.register(RepairStep)
class RepairStepAdmin(KeepUploadsMixin, BilingualAdmin, PublishedListAdmin):
    list_display = ["title", "icon", "order", "is_published"]
    search_fields = ["title", "text"]


# The inboxes.


def service_staff():
    """Who a message can be assigned to: active staff of the Service group, and superusers."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(groups__name="Service") | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


class AssigneeFilter(admin.SimpleListFilter):
    title = _("assignee")
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", _("Assigned to me")), ("nobody", _("Not assigned"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assignee=request.user)
        if self.value() == "nobody":
            return queryset.filter(assignee__isnull=True)
        return queryset


class ProductTypeFilter(admin.SimpleListFilter):
    """Inquiries about a product type (a top-level category and everything under it)."""

    title = _("product type")
    parameter_name = "product_type"

    def lookups(self, request, model_admin):
        return list(Category.objects.filter(parent__isnull=True).order_by("tree_id").values_list("pk", "name"))

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if not value.isdigit():
            return queryset.none()
        links = Message.products.through.objects.filter(
            message=OuterRef("pk"), product__category__tree_id__in=Category.objects.filter(pk=value).values("tree_id")
        )
        return queryset.filter(Exists(links))


class InboxForm(forms.ModelForm):
    """Staff's part of a message or a request: status (only the workflow's next steps), assignee, notes, reply."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            self.fields["status"].choices = workflow.status_choices(self.instance.status)
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = service_staff()

    def clean_public_reply(self):
        reply = self.cleaned_data.get("public_reply", "").strip()
        if getattr(self.instance, "on_board", False) and not reply:
            raise forms.ValidationError(
                gettext("This message is on the public board with its reply: withdraw it from the board first.")
            )
        return reply


class InboxAdmin(LinkedDeleteMixin, PhoneSearchMixin, admin.ModelAdmin):
    """What the three inboxes share. Subclasses name the visitor's fields and the export's columns."""

    form = InboxForm
    staff_fields = ["status", "assignee", "internal_notes", "public_reply", "replied_at"]
    list_per_page = 50
    # Each inbox's list_filter ends with a year filter, not date_hierarchy (a pass over every row; see core.admin).
    list_select_related = ["office", "assignee"]
    actions = ["move_to_in_progress", "move_to_answered", "move_to_closed", "export_selected"]
    visitor_fields = []
    name_field = "name"

    def get_readonly_fields(self, request, obj=None):
        return [*self.visitor_fields, "replied_at"]

    def get_fieldsets(self, request, obj=None):
        return [
            (_("What the visitor sent"), {"fields": self.visitor_fields}),
            (_("Service"), {"fields": self.staff_fields}),
        ]

    def has_add_permission(self, request):
        return False  # they come from visitors only

    # The list

    @admin.display(description=_("province"), ordering="province")
    def province_name(self, record):
        return province_name(record.province)

    @admin.display(description=_("replied"), boolean=True, ordering="replied_at")
    def replied(self, record):
        return record.replied_at is not None

    # Saving

    def save_model(self, request, obj, form, change):
        old_reply = form.initial.get("public_reply", "")
        if "status" in form.changed_data and not workflow.can_move(form.initial["status"], obj.status):
            obj.status = form.initial["status"]  # the form's choices already refuse it; never trust a guess
        super().save_model(request, obj, form, change)
        if workflow.reply_saved(obj, old_reply=old_reply) is not None:
            self.message_user(request, gettext("The reply was e-mailed to the visitor."), messages.INFO)

    def delete_model(self, request, obj):
        on_board = getattr(obj, "on_board", False)
        super().delete_model(request, obj)
        if on_board:
            content_changed()

    def delete_queryset(self, request, queryset):
        on_board = queryset.filter(on_board=True).exists() if hasattr(self.model, "on_board") else False
        super().delete_queryset(request, queryset)
        if on_board:
            content_changed()

    # Actions

    def _move(self, request, queryset, status):
        def move(record):
            record.status = status
            record.save(update_fields=["status", "updated_at"])

        move_selected(
            self,
            request,
            queryset,
            status,
            label=Status(status).label,
            can_move=workflow.can_move,
            move=move,
            moved_message=lambda n: ngettext(
                "%(count)d item was moved to “%(status)s”.", "%(count)d items were moved to “%(status)s”.", n
            ),
            skipped_message=lambda n: ngettext(
                "%(count)d item cannot move to “%(status)s” from its status and was left as it was.",
                "%(count)d items cannot move to “%(status)s” from their status and were left as they were.",
                n,
            ),
        )

    @admin.action(description=_("Move to “In progress”"), permissions=["change"])
    def move_to_in_progress(self, request, queryset):
        self._move(request, queryset, Status.IN_PROGRESS)

    @admin.action(description=_("Mark as answered"), permissions=["change"])
    def move_to_answered(self, request, queryset):
        self._move(request, queryset, Status.ANSWERED)

    @admin.action(description=_("Close"), permissions=["change"])
    def move_to_closed(self, request, queryset):
        self._move(request, queryset, Status.CLOSED)

    @admin.action(description=_("Export the selected rows to Excel"), permissions=["view"])
    def export_selected(self, request, queryset):
        records = list(self.export_queryset(queryset).order_by("-created_at", "-pk"))
        columns, rows = self.export_columns(), [self.export_row(record) for record in records]
        title = str(self.model._meta.verbose_name_plural)
        filename = title + timezone.localtime().strftime(" %Y-%m-%d %H%M")
        return spreadsheet_response(filename, columns, rows, sheet_title=title)

    def export_queryset(self, queryset):
        return queryset.select_related("office", "assignee")

    def staff_cells(self, record):
        return [
            record.office.name if record.office else "", record.get_status_display(),
            record.assignee.get_username() if record.assignee else "", record.internal_notes, record.public_reply,
            record.replied_at,
        ]  # fmt: skip

    staff_columns = [_("office"), _("status"), _("assignee"), _("internal notes"), _("public reply"), _("replied at")]


class MessageInboxAdmin(InboxAdmin):
    list_display = ["reference", "name", "subject", "province_name", "office", "status", "assignee", "created_at",
                    "replied", "on_board"]  # fmt: skip
    list_display_links = ["reference", "subject"]
    list_filter = ["status", "office", "province", AssigneeFilter, "on_board", "created_at", year_filter("created_at")]
    search_fields = ["name", "phone", "email", "company", "subject", "body", "=reference"]
    visitor_fields = ["reference", "created_at", "name", "phone", "email", "company", "province", "subject", "body",
                      "office", "on_board"]  # fmt: skip
    actions = [*InboxAdmin.actions, "approve_for_board", "withdraw_from_board"]

    @admin.action(description=_("Approve for the message board"), permissions=["change"])
    def approve_for_board(self, request, queryset):
        unanswered = queryset.filter(public_reply="").count()
        approved = queryset.exclude(public_reply="").filter(on_board=False).update(on_board=True)
        if approved:
            content_changed()
            message = ngettext("%(count)d message is now on the public message board.",
                               "%(count)d messages are now on the public message board.", approved)  # fmt: skip
            self.message_user(request, message % {"count": approved}, messages.SUCCESS)
        if unanswered:
            message = ngettext(
                "%(count)d message has no public reply yet and was not approved: the board shows each message with "
                "its reply.",
                "%(count)d messages have no public reply yet and were not approved: the board shows each message "
                "with its reply.",
                unanswered,
            )
            self.message_user(request, message % {"count": unanswered}, messages.WARNING)

    @admin.action(description=_("Withdraw from the message board"), permissions=["change"])
    def withdraw_from_board(self, request, queryset):
        withdrawn = queryset.filter(on_board=True).update(on_board=False)
        if withdrawn:
            content_changed()
        message = ngettext("%(count)d message was withdrawn from the public message board.",
                           "%(count)d messages were withdrawn from the public message board.", withdrawn)  # fmt: skip
        self.message_user(request, message % {"count": withdrawn}, messages.SUCCESS)

    def export_columns(self):
        return [_("reference"), _("received at"), _("name"), _("phone"), _("e-mail"), _("company"), _("province"),
                _("subject"), _("message"), *self.staff_columns, _("on the message board")]  # fmt: skip

    def export_row(self, m):
        return [m.reference, m.created_at, m.name, phone_for_people(m.phone), m.email, m.company,
                province_name(m.province), m.subject, m.body, *self.staff_cells(m),
                gettext("Yes") if m.on_board else gettext("No")]  # fmt: skip


@admin.register(PlainMessage)
class PlainMessageAdmin(MessageInboxAdmin):
    pass


@admin.register(Inquiry)
class InquiryAdmin(MessageInboxAdmin):
    list_display = [*MessageInboxAdmin.list_display[:3], "product_names", *MessageInboxAdmin.list_display[3:]]
    list_filter = [
        "status",
        "office",
        "province",
        ProductTypeFilter,
        AssigneeFilter,
        "on_board",
        "created_at",
        year_filter("created_at"),
    ]
    visitor_fields = [*MessageInboxAdmin.visitor_fields[:9], "product_names", *MessageInboxAdmin.visitor_fields[9:]]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("products")

    @admin.display(description=_("products"))
    def product_names(self, inquiry):
        return "、".join(product.name for product in inquiry.products.all()) or "—"

    def export_queryset(self, queryset):
        return super().export_queryset(queryset).prefetch_related("products")

    def export_columns(self):
        columns = super().export_columns()
        return [*columns[:9], _("products"), *columns[9:]]

    def export_row(self, inquiry):
        row = super().export_row(inquiry)
        return [*row[:9], self.product_names(inquiry), *row[9:]]


class RepairPhotoInline(ReadOnlyInline):
    model = RepairPhoto
    verbose_name_plural = _("photos (private: service staff only)")
    fields = ["thumbnail", "size"]
    readonly_fields = fields

    @admin.display(description=_("photo"))
    def thumbnail(self, photo):
        url = photo_url(photo)
        return format_html('<a href="{}"><img src="{}" alt="" width="160" loading="lazy"></a>', url, url)

    @admin.display(description=_("size"))
    def size(self, photo):
        return f"{photo.width} × {photo.height}" if photo.width else "—"


def photo_url(photo):
    return reverse("admin:service_repairrequest_photo", args=[photo.request_id, photo.pk])


@admin.register(RepairRequest)
class RepairRequestAdmin(InboxAdmin):
    list_display = ["reference", "contact_name", "brand_model", "equipment_type", "province_name", "office", "status",
                    "assignee", "created_at", "replied"]  # fmt: skip
    list_display_links = ["reference", "brand_model"]
    list_select_related = ["office", "assignee", "equipment_type"]
    list_filter = [
        "status",
        "office",
        "province",
        "equipment_type",
        AssigneeFilter,
        "created_at",
        year_filter("created_at"),
    ]
    search_fields = ["contact_name", "phone", "email", "company", "brand_model", "serial_number", "fault", "=reference"]
    visitor_fields = ["reference", "created_at", "contact_name", "phone", "email", "company", "province",
                      "equipment_type", "brand_model", "serial_number", "fault", "preferred_time", "photo_links",
                      "office"]  # fmt: skip
    inlines = [RepairPhotoInline]

    def get_urls(self):
        view = self.admin_site.admin_view(self.photo_view)
        return [
            path("<path:object_id>/photos/<int:photo_id>/", view, name="service_repairrequest_photo"),
            *super().get_urls(),
        ]

    def photo_view(self, request, object_id, photo_id):
        """A repair photo, shown in the page, for users who may view them. The permission is checked
        before anything is looked up, so nobody else learns which requests or photos exist."""
        if not request.user.has_perm(VIEW_PHOTO):
            raise PermissionDenied
        photo = get_object_or_404(RepairPhoto.objects.select_related("request"), pk=photo_id, request_id=object_id)
        filename = f"{photo.request.reference} {photo.pk}"
        return private_file_response(request, photo.image, filename=filename, permission=VIEW_PHOTO, inline=True)

    @admin.display(description=_("photos"))
    def photo_links(self, repair):
        photos = list(repair.photos.all())
        if not photos:
            return "—"
        return format_html_join(" ", '<a href="{}">{}</a>', ((photo_url(p), n) for n, p in enumerate(photos, 1)))

    def export_queryset(self, queryset):
        return super().export_queryset(queryset).select_related("equipment_type").prefetch_related("photos")

    def export_columns(self):
        return [_("reference"), _("received at"), _("contact name"), _("phone"), _("e-mail"), _("company"),
                _("province"), _("equipment type"), _("brand and model"), _("serial number"), _("fault description"),
                _("preferred contact time"), _("photos"), *self.staff_columns]  # fmt: skip

    def export_row(self, r):
        return [r.reference, r.created_at, r.contact_name, phone_for_people(r.phone), r.email, r.company,
                province_name(r.province), r.equipment_type.name if r.equipment_type else "", r.brand_model,
                r.serial_number, r.fault, r.get_preferred_time_display(), len(r.photos.all()),
                *self.staff_cells(r)]  # fmt: skip


# The admin home's "需要处理" panel (core.attention): what is new in each inbox the user may view.

INBOXES = [
    (PlainMessage, Message.Kind.MESSAGE, _("New messages")),
    (Inquiry, Message.Kind.INQUIRY, _("New inquiries")),
    (RepairRequest, None, _("New repair requests")),
]


@attention.register
def new_in_the_inboxes(user):
    """At most two queries (messages and inquiries share one), none for a user who may view no inbox."""
    allowed = [inbox for inbox in INBOXES if attention.may_view(user, inbox[0])]
    counts = {}
    if kinds := [kind for _model, kind, _label in allowed if kind]:
        counts.update(
            Message.objects.aggregate(**{kind: Count("pk", filter=Q(kind=kind, status=Status.NEW)) for kind in kinds})
        )
    if any(kind is None for _model, kind, _label in allowed):
        counts[None] = RepairRequest.objects.filter(status=Status.NEW).count()
    return [
        attention.Item(label, counts[kind], attention.changelist(model, "status__exact=new"))
        for model, kind, label in allowed
    ]
