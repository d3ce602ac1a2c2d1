"""The public service pages: the repair center (intro, process, request form, status lookup), the
message form with the public board, the contact page and the sales network."""

import logging
import time

from django.db import IntegrityError, OperationalError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from core.antispam import ProtectedFormMixin
from core.urls import absolute_url
from core.views import safe_page
from products.models import Product

from . import emails
from .forms import MessageForm, NetworkFilterForm, RepairRequestForm, RepairStatusForm
from .models import Message, Office, RepairPhoto, RepairRequest, RepairStep
from .navigation import section_context
from .provinces import REGIONS, Region, province_name

logger = logging.getLogger(__name__)

BOARD_PER_PAGE = 10
MAX_INQUIRY_PRODUCTS = 10
# Session keys: the thank-you pages and the status desk remember one record, nothing more.
MESSAGE_SUBMITTED_KEY = "service_message_submitted"
REPAIR_SUBMITTED_KEY = "service_repair_submitted"
REPAIR_DESK_KEY = "service_repair_desk"
# SQLite lets one writer at a time: a submission that finds the database locked waits and tries again.
WRITE_ATTEMPTS = 5


def write_with_retry(write):
    """Runs ``write()`` (one transaction), again after a short wait when the database is locked."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            return write()
        except OperationalError as error:
            if "locked" not in str(error).lower() or attempt == WRITE_ATTEMPTS:
                raise
            logger.info("Database locked, retrying the submission (attempt %s)", attempt)
            time.sleep(0.05 * attempt)
    return None  # pragma: no cover


class RepairCenterView(TemplateView):
    """/repair/ 维修中心: the page tree's introduction (what the center repairs, with photos: editable)
    and the ways in: the request form, the status lookup and the process."""

    template_name = "service/repair_center.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**section_context("repair/"), **kwargs)


class RepairProcessView(TemplateView):
    """/repair/process/ 维修流程: the steps edited as a list in the admin, as a timeline."""

    template_name = "service/repair_process.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **section_context("repair/process/"), steps=list(RepairStep.objects.published()), **kwargs
        )


class RepairRequestView(ProtectedFormMixin, FormView):
    """/repair/request/ 维修申请: the request and up to five photos, stored together or not at all."""

    template_name = "service/repair_request.html"
    form_class = RepairRequestForm
    rate_limit_scope = "service-repair"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**section_context("repair/request/"), **kwargs)

    def form_valid(self, form):
        key = form.cleaned_data["submission_key"]
        if RepairRequest.objects.filter(submission_key=key).exists():
            return self.thanks(key)  # a reload or a second click: the first one counts
        status_url = absolute_url(reverse("service:repair_status"))
        try:
            write_with_retry(lambda: self.store(form, status_url))
        except IntegrityError:
            pass  # two clicks raced: the other request stored it (its files are its own)
        return self.thanks(key)

    @staticmethod
    def store(form, status_url):
        """The request and its photos in one transaction; a file written for a rolled-back record is removed."""
        written = []
        try:
            with transaction.atomic():
                repair = form.save(commit=False)
                repair.pk, repair._state.adding = None, True  # a retried attempt inserts afresh
                repair.submission_key = form.cleaned_data["submission_key"]
                repair.office = Office.objects.route(repair.province)
                repair.save()
                for upload in form.cleaned_data["photos"]:
                    upload.seek(0)
                    photo = RepairPhoto(request=repair, image=upload)
                    photo.save()
                    written.append(photo.image.name)
                emails.notify_office(repair)
                emails.send_visitor_confirmation(repair, status_url=status_url)
        except BaseException:
            for name in written:
                RepairPhoto._meta.get_field("image").storage.delete(name)
            raise
        return repair

    def thanks(self, key):
        self.request.session[REPAIR_SUBMITTED_KEY] = key
        return HttpResponseRedirect(reverse("service:repair_thanks"))


@method_decorator(never_cache, name="dispatch")
class RepairThanksView(TemplateView):
    template_name = "service/repair_thanks.html"

    def get(self, request, *args, **kwargs):
        key = request.session.get(REPAIR_SUBMITTED_KEY)
        self.record = RepairRequest.objects.filter(submission_key=key).first() if key else None
        if self.record is None:
            return redirect("service:repair_request")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**section_context("repair/request/"), record=self.record, **kwargs)


@method_decorator(never_cache, name="dispatch")
class RepairStatusView(ProtectedFormMixin, FormView):
    """/repair/status/: reference + phone → the status, the staff's public reply and the dates.
    A wrong reference and a wrong phone get the same answer; lookups share the forms' rate limit."""

    template_name = "service/repair_status.html"
    form_class = RepairStatusForm
    rate_limit_scope = "service-status"

    def get_context_data(self, **kwargs):
        pk = self.request.session.get(REPAIR_DESK_KEY)
        record = RepairRequest.objects.select_related("equipment_type").filter(pk=pk).first() if pk else None
        return super().get_context_data(**section_context("repair/status/"), record=record, **kwargs)

    def form_valid(self, form):
        self.request.session.cycle_key()
        self.request.session[REPAIR_DESK_KEY] = form.repair_request.pk
        return HttpResponseRedirect(reverse("service:repair_status"))


def requested_products(slugs):
    """The published products the ``?product=`` slugs name (in their order, once each, at most ten),
    and whether any slug was dropped (unknown, unpublished, or too many)."""
    wanted = list(dict.fromkeys(slug.strip()[:80] for slug in slugs if slug.strip()))
    found = {p.slug: p for p in Product.objects.published().filter(slug__in=wanted[:MAX_INQUIRY_PRODUCTS])}
    products = [found[slug] for slug in wanted[:MAX_INQUIRY_PRODUCTS] if slug in found]
    return products, len(products) < len(wanted)


class MessageView(ProtectedFormMixin, FormView):
    """/service/message/ 在线留言 (with ?product=<slug>…, an inquiry about those products), and below the
    form the public board: approved messages with the staff reply, newest first, paginated."""

    template_name = "service/message.html"
    form_class = MessageForm
    rate_limit_scope = "service-message"

    def dispatch(self, request, *args, **kwargs):
        self.products, self.dropped = requested_products(request.GET.getlist("product"))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        board = safe_page(
            self.request,
            Message.objects.on_board().only(
                "reference", "name", "subject", "body", "public_reply", "replied_at", "created_at", "kind"
            ),
            BOARD_PER_PAGE,
        )
        return super().get_context_data(
            **section_context("service/message/"),
            products=self.products,
            products_dropped=self.dropped,
            board=board,
            **kwargs,
        )

    def form_valid(self, form):
        key = form.cleaned_data["submission_key"]
        if Message.objects.filter(submission_key=key).exists():
            return self.thanks(key)
        try:
            write_with_retry(lambda: self.store(form))
        except IntegrityError:
            pass  # two clicks raced: the other one stored it
        return self.thanks(key)

    def store(self, form):
        with transaction.atomic():
            message = form.save(commit=False)
            message.pk, message._state.adding = None, True  # a retried attempt inserts afresh
            message.submission_key = form.cleaned_data["submission_key"]
            message.kind = Message.Kind.INQUIRY if self.products else Message.Kind.MESSAGE
            message.office = Office.objects.route(message.province)
            message.save()
            if self.products:
                message.products.set(self.products)
            emails.notify_office(message)
            emails.send_visitor_confirmation(message)
        return message

    def thanks(self, key):
        self.request.session[MESSAGE_SUBMITTED_KEY] = key
        return HttpResponseRedirect(reverse("service:message_thanks"))


@method_decorator(never_cache, name="dispatch")
class MessageThanksView(TemplateView):
    template_name = "service/message_thanks.html"

    def get(self, request, *args, **kwargs):
        key = request.session.get(MESSAGE_SUBMITTED_KEY)
        self.record = Message.objects.filter(submission_key=key).first() if key else None
        if self.record is None:
            return redirect("service:message")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **section_context("service/message/"),
            record=self.record,
            products=list(self.record.products.all()),
            **kwargs,
        )


class ContactView(TemplateView):
    """/contact/ 联系我们: site settings' details, the location image and the page tree's text."""

    template_name = "service/contact.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**section_context("contact/"), **kwargs)


class NetworkView(TemplateView):
    """/contact/network/ 营销网络: offices and dealers by region and province; ?province= filters (a plain
    GET form, no JavaScript). A list, not a drawn map; an approved standard map image is optional."""

    template_name = "service/network.html"
    cache_query_params = ("province",)

    def get_context_data(self, **kwargs):
        form = NetworkFilterForm(self.request.GET or None)
        code = form.province_code() if self.request.GET else ""
        offices = Office.objects.published()
        if code:
            offices = offices.in_province(code)
        offices = list(offices.for_list())
        return super().get_context_data(
            **section_context("contact/network/"),
            form=form if self.request.GET else NetworkFilterForm(),
            province=code,
            province_label=province_name(code) if code else "",
            regions=self.group(offices),
            office_count=len(offices),
            **kwargs,
        )

    @staticmethod
    def group(offices):
        """[(region label, [(province name, [offices])])] in the order of REGIONS, empty ones left out."""
        by_province = {}
        for office in offices:
            by_province.setdefault(office.province, []).append(office)
        grouped = []
        for region, provinces in REGIONS.items():
            rows = [(province_name(code), by_province[code]) for code in provinces if code in by_province]
            if rows:
                grouped.append((Region(region).label, rows))
        return grouped
