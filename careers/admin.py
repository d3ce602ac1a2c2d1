"""HR's desk in the admin: openings, Q&A, the privacy notice, and the applications.

Only the HR group (``settings.STAFF_GROUPS``) and superusers have careers permissions, so every
page here — the application list, a change page, its history, the résumé download, the export —
answers 403 to any other staff member. What the applicant wrote is read-only; HR moves the status
(``careers.workflow``), writes notes and marks "keep"; each change, download and export is a line of
the application's history.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import truncatechars
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core import attention
from core.admin import (
    AltTextReminderMixin,
    BilingualAdmin,
    PhoneSearchMixin,
    PublishedListAdmin,
    ReadOnlyInline,
    move_selected,
    phone_for_people,
)
from core.downloads import private_file_response
from core.export import spreadsheet_response

from . import workflow
from .models import Application, ApplicationEvent, Job, PrivacyNotice, Question, ResumeDownload

VIEW_APPLICATION = "careers.view_application"


@admin.register(Job)
class JobAdmin(AltTextReminderMixin, BilingualAdmin):
    list_display = ["title", "department", "location", "headcount", "employment_type", "posted_on", "closes_on",
                    "is_published", "is_open_now", "application_count"]  # fmt: skip
    list_filter = ["is_published", "department", "location", "employment_type", "closes_on"]
    search_fields = ["title", "department", "location"]
    view_on_site = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "department", "location", "headcount", "employment_type"]}),
        (_("Salary"), {"fields": ["salary_min", "salary_max"]}),
        (_("Publishing"), {"fields": ["is_published", "posted_on", "closes_on", "order"]}),
        (_("Content"), {"fields": ["duties", "requirements", "benefits"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(application_total=Count("applications"))

    @admin.display(description=_("open now"), boolean=True)
    def is_open_now(self, job):
        return job.is_open

    @admin.display(description=_("applications"), ordering="application_total")
    def application_count(self, job):
        return job.application_total


@admin.register(Question)
class QuestionAdmin(AltTextReminderMixin, BilingualAdmin, PublishedListAdmin):
    list_display = ["question", "order", "is_published"]
    search_fields = ["question", "answer"]


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(AltTextReminderMixin, BilingualAdmin):
    list_display = ["version", "is_current", "created_at"]
    list_filter = ["is_current"]


class PossibleDuplicateFilter(admin.SimpleListFilter):
    title = _("possible duplicate")
    parameter_name = "duplicate"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(is_possible_duplicate=self.value() == "yes")
        return queryset


class HistoryInline(ReadOnlyInline):
    model = ApplicationEvent
    verbose_name = _("history")
    verbose_name_plural = _("history: who changed what, and when")
    fields = ["at", "user", "kind", "detail"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


class DownloadInline(ReadOnlyInline):
    model = ResumeDownload
    verbose_name_plural = _("résumé downloads: who opened the file, and when")
    fields = ["at", "user"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


class ApplicationForm(forms.ModelForm):
    """HR's part of an application: the status (only the workflow's next steps), notes and keep."""

    class Meta:
        model = Application
        fields = ["status", "hr_notes", "keep"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            self.fields["status"].choices = workflow.status_choices(self.instance.status)


VISITOR_FIELDS = ["reference", "created_at", "job", "name", "gender", "phone", "email", "education",
                  "years_experience", "desired_position", "expected_city", "cover_note", "resume_file",
                  "consent_at", "privacy_version"]  # fmt: skip


@admin.register(Application)
class ApplicationAdmin(PhoneSearchMixin, admin.ModelAdmin):
    form = ApplicationForm
    list_display = ["reference", "name", "job_title", "phone", "status", "created_at", "duplicate_flag", "keep"]
    list_display_links = ["reference", "name"]
    list_filter = ["job", "status", "created_at", PossibleDuplicateFilter, "keep"]
    search_fields = ["name", "phone", "email", "=reference"]
    list_per_page = 50
    readonly_fields = [*VISITOR_FIELDS, "closed_at"]
    inlines = [HistoryInline, DownloadInline]
    actions = ["move_to_reviewing", "move_to_interview", "move_to_offer", "move_to_rejected", "move_to_withdrawn",
               "export_selected"]  # fmt: skip
    fieldsets = [
        (_("What the applicant sent"), {"fields": VISITOR_FIELDS}),
        (_("HR"), {"fields": ["status", "closed_at", "keep", "hr_notes"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).for_hr_list()

    def has_add_permission(self, request):
        return False  # applications come from applicants only

    def get_urls(self):
        resume = self.admin_site.admin_view(self.resume_view)
        return [path("<path:object_id>/resume/", resume, name="careers_application_resume"), *super().get_urls()]

    # The list

    @admin.display(description=_("job opening"), ordering="job__title")
    def job_title(self, application):
        return application.job.title if application.job else gettext("General application")

    @admin.display(description=_("possible duplicate"), boolean=True, ordering="is_possible_duplicate")
    def duplicate_flag(self, application):
        return application.is_possible_duplicate

    # The change page

    @admin.display(description=_("résumé"))
    def resume_file(self, application):
        if not application.resume:
            return "—"
        url = reverse("admin:careers_application_resume", args=[application.pk])
        return format_html('<a href="{}">{}</a>', url, application.resume_name or gettext("Download"))

    def save_model(self, request, obj, form, change):
        """Saves HR's fields and writes each change into the history; the status through the workflow."""
        changed = set(form.changed_data)
        new_status = obj.status
        if "status" in changed:
            obj.status = form.initial["status"]
        super().save_model(request, obj, form, change)
        if "status" in changed:
            obj.move_to(new_status, user=request.user)
        if "hr_notes" in changed:
            workflow.record(obj, request.user, ApplicationEvent.Kind.NOTES, obj.hr_notes)
        if "keep" in changed:
            detail = gettext("Keep past the retention period") if obj.keep else gettext("Normal retention")
            workflow.record(obj, request.user, ApplicationEvent.Kind.KEEP, detail)

    # The résumé

    def resume_view(self, request, object_id):
        """The résumé as a private download, for users who may view applications; each one recorded.

        The permission is checked before the record is looked up, so nobody else learns which exist."""
        if not request.user.has_perm(VIEW_APPLICATION):
            raise PermissionDenied
        application = get_object_or_404(Application, pk=object_id)
        filename = f"{application.reference} {application.name} {application.resume_name or 'resume'}"
        response = private_file_response(request, application.resume, filename=filename, permission=VIEW_APPLICATION)
        ResumeDownload.objects.create(application=application, user=request.user)
        workflow.record(application, request.user, ApplicationEvent.Kind.DOWNLOAD, application.resume_name)
        return response

    # Actions

    def _move(self, request, queryset, status):
        move_selected(
            self,
            request,
            queryset,
            status,
            label=Application.Status(status).label,
            can_move=workflow.can_move,
            move=lambda application: application.move_to(status, user=request.user),
            moved_message=lambda n: ngettext(
                "%(count)d application was moved to “%(status)s”.",
                "%(count)d applications were moved to “%(status)s”.",
                n,
            ),
            skipped_message=lambda n: ngettext(
                "%(count)d application cannot move to “%(status)s” from its status and was left as it was.",
                "%(count)d applications cannot move to “%(status)s” from their status and were left as they were.",
                n,
            ),
        )

    @admin.action(description=_("Move to “Reviewing”"), permissions=["change"])
    def move_to_reviewing(self, request, queryset):
        self._move(request, queryset, Application.Status.REVIEWING)

    @admin.action(description=_("Move to “Interview”"), permissions=["change"])
    def move_to_interview(self, request, queryset):
        self._move(request, queryset, Application.Status.INTERVIEW)

    @admin.action(description=_("Close with an offer"), permissions=["change"])
    def move_to_offer(self, request, queryset):
        self._move(request, queryset, Application.Status.OFFER)

    @admin.action(description=_("Close as rejected"), permissions=["change"])
    def move_to_rejected(self, request, queryset):
        self._move(request, queryset, Application.Status.REJECTED)

    @admin.action(description=_("Close as withdrawn"), permissions=["change"])
    def move_to_withdrawn(self, request, queryset):
        self._move(request, queryset, Application.Status.WITHDRAWN)

    @admin.action(description=_("Export the selected applications to Excel (no files)"), permissions=["view"])
    def export_selected(self, request, queryset):
        applications = list(queryset.select_related("job").order_by("-created_at", "-pk"))
        columns = [
            _("reference"), _("received at"), _("job opening"), _("name"), _("gender"), _("mobile phone"),
            _("e-mail"), _("education"), _("years of experience"), _("desired position"), _("expected city"),
            _("cover note"), _("résumé file name"), _("status"), _("closed at"), _("keep"),
            _("possible duplicate"), _("HR notes"),
        ]  # fmt: skip
        yes, no = gettext("Yes"), gettext("No")
        rows = [
            [
                a.reference, a.created_at, a.job.title if a.job else gettext("General application"), a.name,
                a.get_gender_display(), phone_for_people(a.phone), a.email, a.get_education_display(),
                a.years_experience, a.desired_position, a.expected_city, a.cover_note, a.resume_name,
                a.get_status_display(), a.closed_at, yes if a.keep else no,
                yes if getattr(a, "is_possible_duplicate", False) else no, a.hr_notes,
            ]
            for a in applications
        ]  # fmt: skip
        detail = truncatechars(gettext("%(count)d applications") % {"count": len(applications)}, 100)
        ApplicationEvent.objects.bulk_create(
            ApplicationEvent(application=a, user=request.user, kind=ApplicationEvent.Kind.EXPORT, detail=detail)
            for a in applications
        )
        filename = gettext("applications") + timezone.localtime().strftime(" %Y-%m-%d %H%M")
        return spreadsheet_response(filename, columns, rows, sheet_title=gettext("applications"))


@attention.register
def new_applications(user):
    """The admin home's "需要处理" panel (core.attention): applications nobody has looked at yet; one query."""
    if not attention.may_view(user, Application):
        return []
    count = Application.objects.filter(status=Application.Status.NEW).count()
    return [attention.Item(_("New applications"), count, attention.changelist(Application, "status__exact=new"))]
