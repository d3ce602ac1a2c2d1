"""The public careers site: openings, Q&A, the privacy notice, the application form and the
applicant's own desk (reference + phone, no account)."""

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.antispam import ProtectedFormMixin
from core.urls import absolute_url
from core.views import SafePaginationMixin
from pages.models import SiteSettings

from . import emails, structured_data
from .forms import ApplicationForm, JobFilterForm, StatusLookupForm
from .models import Application, Job, PrivacyNotice, Question
from .navigation import careers_section, page_at

PER_PAGE = 20
# Session keys: the thank-you page and the applicant's desk remember one application, nothing more.
SUBMITTED_KEY = "careers_submitted"
DESK_KEY = "careers_desk"
# Applications before any notice was written in the admin agree to the built-in text of privacy.html.
BUILT_IN_NOTICE_VERSION = "built-in"


def section_context(path):
    """The page-tree pages around a careers page: ``page`` (the tree's page at ``path``, for its title and
    intro, or None), ``careers_page`` (the section) and ``section`` (the sidebar). One query."""
    section = careers_section()
    return {
        "section": [p for p in section if p.show_in_nav],
        "page": page_at(section, path),
        "careers_page": page_at(section, "careers/"),
    }


class JobListView(SafePaginationMixin, ListView):
    """/careers/ 加入科德: the intro, then the open positions, filtered by department and location."""

    template_name = "careers/index.html"
    context_object_name = "jobs"
    paginate_by = PER_PAGE
    cache_query_params = ("page", "department", "location")

    def get_queryset(self):
        open_jobs = Job.objects.open()
        self.departments = open_jobs.departments()
        self.locations = open_jobs.locations()
        self.filter_form = JobFilterForm(self.request.GET)
        return self.filter_form.filter(open_jobs, self.departments, self.locations).for_list()

    def get_context_data(self, **kwargs):
        form = self.filter_form
        return super().get_context_data(
            **section_context("careers/"),
            departments=self.departments,
            locations=self.locations,
            department=form.cleaned_data.get("department", "") if form.is_valid() else "",
            location=form.cleaned_data.get("location", "") if form.is_valid() else "",
            **kwargs,
        )


class JobDetailView(DetailView):
    """/careers/jobs/<slug>/. A closed opening answers 200 with a notice and the open ones (job boards link here)."""

    template_name = "careers/job.html"
    context_object_name = "job"
    cache_query_params = ()

    def get_object(self, queryset=None):
        try:
            return Job.objects.visible_to(self.request.user).get(slug=self.kwargs["slug"])
        except Job.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs):
        others = [] if self.object.is_open else list(Job.objects.open().for_list()[:6])
        posting = structured_data.job_posting(self.object, SiteSettings.load())
        return super().get_context_data(
            open_jobs=others, structured_data=posting, **section_context("careers/"), **kwargs
        )


class QuestionListView(ListView):
    """/careers/qa/: the questions and answers edited in the admin, in their order."""

    template_name = "careers/qa.html"
    context_object_name = "questions"
    cache_query_params = ()

    def get_queryset(self):
        return Question.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**section_context("careers/qa/"), **kwargs)
        context["structured_data"] = structured_data.faq_page(context["questions"])
        return context


class PrivacyView(TemplateView):
    """/careers/privacy/: what is kept, why, who sees it, how long (the retention setting)."""

    template_name = "careers/privacy.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **section_context("careers/privacy/"),
            notice=PrivacyNotice.objects.current(),
            retention_days=settings.CAREERS_RETENTION_DAYS,
            **kwargs,
        )


class ApplyView(ProtectedFormMixin, FormView):
    """/careers/apply/ 在线简历. ?job=<slug> preselects an open opening; POST → redirect → thank-you page."""

    template_name = "careers/apply.html"
    form_class = ApplicationForm
    rate_limit_scope = "careers-apply"

    def dispatch(self, request, *args, **kwargs):
        self.notice = PrivacyNotice.objects.current()
        self.job, self.job_notice = self.requested_job(request.GET.get("job", ""))
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def requested_job(slug):
        """The open opening ``?job=`` names, or None with a notice for a closed or unknown one."""
        slug = slug.strip()[:80]
        if not slug:
            return None, ""
        job = Job.objects.published().filter(slug=slug).first()
        if job is not None and job.is_open:
            return job, ""
        if job is not None:
            return None, _("The opening “%(title)s” is no longer open. You can send a general application below.") % {
                "title": job.title
            }
        return None, _("The opening in the link does not exist. You can send a general application below.")

    def get_initial(self):
        return {"job": self.job} if self.job else {}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "notice_url": reverse("careers:privacy")}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **section_context("careers/apply/"),
            job=self.job,
            job_notice=self.job_notice,
            notice=self.notice,
            **kwargs,
        )

    def form_valid(self, form):
        key = form.cleaned_data["submission_key"]
        if Application.objects.filter(submission_key=key).exists():
            return self.thanks(key)  # a reload or a second click: the first one counts
        version = self.notice.version if self.notice else BUILT_IN_NOTICE_VERSION
        try:
            with transaction.atomic():
                application = form.save_application(privacy_version=version)
                emails.notify_hr_of_application(application)
                emails.send_applicant_confirmation(application, status_url=self.status_url())
        except IntegrityError:
            # Two clicks raced: the other request stored it. The file this one wrote is not kept.
            stray = form.instance.resume
            if stray.name and not Application.objects.filter(resume=stray.name).exists():
                stray.storage.delete(stray.name)
            return self.thanks(key)
        return self.thanks(key)

    def status_url(self):
        """The desk's address for the e-mail: on DJANGO_SITE_URL, never a made-up Host header."""
        return absolute_url(reverse("careers:status"))

    def thanks(self, key):
        self.request.session[SUBMITTED_KEY] = key
        return HttpResponseRedirect(reverse("careers:thanks"))


@method_decorator(never_cache, name="dispatch")
class ThanksView(TemplateView):
    template_name = "careers/thanks.html"

    def get(self, request, *args, **kwargs):
        key = request.session.get(SUBMITTED_KEY)
        self.application = Application.objects.filter(submission_key=key).first() if key else None
        if self.application is None:
            return redirect("careers:apply")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**section_context("careers/apply/"), application=self.application, **kwargs)


@method_decorator(never_cache, name="dispatch")
class StatusView(ProtectedFormMixin, FormView):
    """/careers/status/: reference + phone → the status in plain words and a withdraw button.

    A found application is remembered in the session (POST → redirect → GET); a wrong reference
    and a wrong phone get the same answer, and lookups share the forms' rate limit.
    """

    template_name = "careers/status.html"
    form_class = StatusLookupForm
    rate_limit_scope = "careers-status"

    def get_context_data(self, **kwargs):
        pk = self.request.session.get(DESK_KEY)
        application = Application.objects.select_related("job").filter(pk=pk).first() if pk else None
        return super().get_context_data(**section_context("careers/status/"), application=application, **kwargs)

    def form_valid(self, form):
        self.request.session.cycle_key()
        self.request.session[DESK_KEY] = form.application.pk
        return HttpResponseRedirect(reverse("careers:status"))


@require_POST
@never_cache
def withdraw(request):
    """Deletes the application found on the desk, and its résumé file, at once (PIPL's right to withdraw)."""
    pk = request.session.pop(DESK_KEY, None)
    application = Application.objects.filter(pk=pk).first() if pk else None
    if application is not None:
        with transaction.atomic():
            application.delete()
        messages.success(request, _("Your application and your résumé file have been deleted."))
    return redirect("careers:status")
