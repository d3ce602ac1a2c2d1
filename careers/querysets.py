"""What of careers a visitor may see, and what HR works with, written once."""

from datetime import datetime, time, timedelta

from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.utils import timezone

from core.querysets import PublishedQuerySet

# Two applications from the same phone or e-mail this close together are flagged for HR.
DUPLICATE_WINDOW = timedelta(days=90)


class JobQuerySet(PublishedQuerySet):
    def open(self):
        """Published openings whose closing date (if any) is today or later: what the lists show."""
        today = timezone.localdate()
        return self.published().filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today))

    def closed(self):
        """Published openings past their closing date: their pages still answer, with a notice."""
        return self.published().filter(closes_on__lt=timezone.localdate())

    def in_department(self, department):
        return self.filter(department=department)

    def in_location(self, location):
        return self.filter(location=location)

    def for_list(self):
        return self.order_by("order", "-posted_on", "pk")

    def departments(self):
        """The distinct departments of these openings, sorted, for the filter."""
        return list(self.order_by("department").values_list("department", flat=True).distinct())

    def locations(self):
        return list(self.order_by("location").values_list("location", flat=True).distinct())

    def next_closing_after(self, moment):
        """When the open list next changes by itself: the midnight (local time) after the earliest
        closing date of a published opening that is still open at ``moment``, or None
        (see core.cache.register_schedule)."""
        day = timezone.localtime(moment).date()
        closes_on = (
            self.filter(is_published=True, closes_on__gte=day)
            .order_by("closes_on")
            .values_list("closes_on", flat=True)
            .first()
        )
        if closes_on is None:
            return None
        return timezone.make_aware(datetime.combine(closes_on + timedelta(days=1), time.min))


class QuestionQuerySet(PublishedQuerySet):
    pass


class PrivacyNoticeQuerySet(models.QuerySet):
    def current(self):
        """The notice applicants agree to now, or None."""
        return self.filter(is_current=True).order_by("-created_at").first()


class ApplicationQuerySet(models.QuerySet):
    def for_hr_list(self):
        """What HR's list shows: the opening for its column and the duplicate flag, newest first."""
        return self.select_related("job").possible_duplicates().order_by("-created_at", "-pk")

    def possible_duplicates(self):
        """Annotates ``is_possible_duplicate``: another application with the same phone, or the same
        (non-empty) e-mail, arrived within 90 days before or after this one. One subquery, indexed."""
        others = self.model._base_manager.exclude(pk=OuterRef("pk")).filter(
            created_at__gte=OuterRef("created_at") - DUPLICATE_WINDOW,
            created_at__lte=OuterRef("created_at") + DUPLICATE_WINDOW,
        )
        same_phone = others.filter(phone=OuterRef("phone"))
        same_email = others.exclude(email="").filter(email=OuterRef("email"))
        flag = ExpressionWrapper(Q(Exists(same_phone)) | Q(Exists(same_email)), output_field=BooleanField())
        return self.annotate(is_possible_duplicate=flag)

    def duplicates_only(self):
        return self.possible_duplicates().filter(is_possible_duplicate=True)

    def closed(self):
        return self.filter(status__in=self.model.CLOSED_STATUSES)

    def due_for_purge(self, now, days):
        """Applications to delete under the retention rule: closed (offer, rejected, withdrawn) more
        than ``days`` days before ``now``, or never handled (still new) and arrived that long ago,
        unless HR marked them to keep. In-progress ones (reviewing, interview) are never due."""
        cutoff = now - timedelta(days=days)
        closed = Q(status__in=self.model.CLOSED_STATUSES)
        due = (
            (closed & Q(closed_at__lte=cutoff))
            | (closed & Q(closed_at__isnull=True, created_at__lte=cutoff))
            | Q(status=self.model.Status.NEW, created_at__lte=cutoff)
        )
        return self.filter(due, keep=False)

    def matching_desk(self, reference, phone):
        """The application an applicant looks up with the reference and the phone they gave, or none.
        Both must match; the caller answers the same whichever one is wrong."""
        return self.filter(reference=reference.strip().upper(), phone=phone)
