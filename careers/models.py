"""Careers: job openings, questions and answers, the privacy notice, and the applications visitors send.

Openings, Q&A and the notice are public content (saving one retires cached pages). Applications are
a visitor's submission, personal data under PIPL: never public content, kept in private storage,
seen only by the HR group, deleted with their file on withdrawal or after the retention period.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import submissions
from core.fields import DocumentField, RichTextField
from core.models import (
    OrderedModel,
    PublicContentModel,
    PublishableModel,
    SearchTextModel,
    SeoModel,
    TimeStampedModel,
)
from core.querysets import PublishedQuerySet
from core.search import plain_text
from core.slugs import AutoSlugModel
from core.storage import private_storage
from core.submissions import new_submission_key

from .querysets import ApplicationQuerySet, JobQuerySet, PrivacyNoticeQuerySet
from .validators import validate_resume_file

COVER_NOTE_MAX_LENGTH = 2000
# References: "KD" and 10 characters without look-alikes (core.submissions).
REFERENCE_PREFIX = "KD"


def new_reference():
    return submissions.new_reference(REFERENCE_PREFIX)


class Job(AutoSlugModel, SearchTextModel, PublishableModel, SeoModel, PublicContentModel):
    class EmploymentType(models.TextChoices):
        FULL_TIME = "full_time", _("Full time")
        PART_TIME = "part_time", _("Part time")
        INTERN = "intern", _("Internship")
        CONTRACT = "contract", _("Contract")

    title = models.CharField(_("title"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_(
            "English or pinyin, filled in from the title when left empty; the address is /careers/jobs/<slug>/."
        ),
    )
    department = models.CharField(_("department"), max_length=40)
    location = models.CharField(_("location"), max_length=40, help_text=_("The city, e.g. 烟台."))
    headcount = models.PositiveSmallIntegerField(
        _("headcount"), default=1, validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    employment_type = models.CharField(
        _("employment type"), max_length=20, choices=EmploymentType.choices, default=EmploymentType.FULL_TIME
    )
    salary_min = models.PositiveIntegerField(
        _("monthly salary from (yuan)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(10_000_000)],
        help_text=_("Optional. Shown on the page and given to search engines; leave both empty to say nothing."),
    )
    salary_max = models.PositiveIntegerField(
        _("monthly salary to (yuan)"), null=True, blank=True, validators=[MaxValueValidator(10_000_000)]
    )
    posted_on = models.DateField(_("posted on"), default=timezone.localdate)
    closes_on = models.DateField(
        _("closes on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "The last day to apply; the opening leaves the lists the day after. Empty: open until unpublished."
        ),
    )
    duties = RichTextField(_("duties"))
    requirements = RichTextField(_("requirements"))
    benefits = RichTextField(_("benefits"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Smaller numbers come first."))

    objects = JobQuerySet.as_manager()

    class Meta:
        verbose_name = _("job opening")
        verbose_name_plural = _("job openings")
        ordering = ["order", "-posted_on", "pk"]
        indexes = [models.Index(fields=["is_published", "closes_on"], name="careers_job_open")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.salary_min and self.salary_max and self.salary_min > self.salary_max:
            raise ValidationError({"salary_max": _("The salary range ends below where it starts.")})

    def get_absolute_url(self):
        return reverse("careers:job", kwargs={"slug": self.slug})

    def get_apply_url(self):
        return f"{reverse('careers:apply')}?job={self.slug}"

    def search_parts(self):
        texts = [plain_text(self.duties), plain_text(self.requirements), plain_text(self.benefits)]
        return self.title, [self.department, self.location, *texts]

    @property
    def is_open(self):
        return self.is_published and (self.closes_on is None or self.closes_on >= timezone.localdate())


class Question(PublicContentModel, OrderedModel):
    question = models.CharField(_("question"), max_length=200)
    answer = RichTextField(_("answer"))
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished content is visible to staff only.")
    )

    objects = PublishedQuerySet.as_manager()

    class Meta(OrderedModel.Meta):
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")

    def __str__(self):
        return self.question


class PrivacyNotice(PublicContentModel, TimeStampedModel):
    """What applicants agree to. Each application records the version its applicant saw; a changed
    notice is a new version, so old consents keep pointing at the text they agreed to."""

    version = models.CharField(_("version"), max_length=20, unique=True, help_text=_("For example 2026-11."))
    body = RichTextField(_("text"))
    is_current = models.BooleanField(
        _("current"), default=False, help_text=_("The notice shown to applicants now; marking one unmarks the others.")
    )

    objects = PrivacyNoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"], condition=Q(is_current=True), name="careers_one_current_notice"
            )
        ]

    def __str__(self):
        return self.version

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.is_current:
                PrivacyNotice.objects.filter(is_current=True).exclude(pk=self.pk).update(is_current=False)
            super().save(*args, **kwargs)


class Application(TimeStampedModel):
    """A job seeker's application. Not public content: saving one never touches the page cache."""

    class Gender(models.TextChoices):
        MALE = "male", _("Male")
        FEMALE = "female", _("Female")

    class Education(models.TextChoices):
        SECONDARY = "secondary", _("Secondary school or below")
        VOCATIONAL = "vocational", _("Vocational school")
        COLLEGE = "college", _("Junior college")
        BACHELOR = "bachelor", _("Bachelor's degree")
        MASTER = "master", _("Master's degree")
        DOCTORATE = "doctorate", _("Doctorate")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        REVIEWING = "reviewing", _("Reviewing")
        INTERVIEW = "interview", _("Interview")
        OFFER = "offer", _("Offer")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    CLOSED_STATUSES = (Status.OFFER, Status.REJECTED, Status.WITHDRAWN)

    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference, editable=False)
    job = models.ForeignKey(
        Job,
        verbose_name=_("job opening"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text=_("Empty for a general application."),
    )
    name = models.CharField(_("name"), max_length=40)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    phone = models.CharField(
        _("mobile phone"), max_length=20, db_index=True, help_text=_("E.164, e.g. +8613812345678.")
    )
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    education = models.CharField(_("education"), max_length=20, choices=Education.choices)
    years_experience = models.PositiveSmallIntegerField(_("years of experience"), validators=[MaxValueValidator(60)])
    desired_position = models.CharField(_("desired position"), max_length=60)
    expected_city = models.CharField(_("expected city"), max_length=40, blank=True)
    cover_note = models.TextField(
        _("cover note"),
        max_length=COVER_NOTE_MAX_LENGTH,
        blank=True,
        validators=[MaxLengthValidator(COVER_NOTE_MAX_LENGTH)],
    )
    # Stored in private storage as resumes/<year>/<month>/<random>.<type>; the applicant's own file
    # name is kept, cleaned, in resume_name only to offer it on download.
    resume = DocumentField(
        _("résumé"),
        storage=private_storage,
        upload_to="resumes/%Y/%m/",
        name_field="resume_name",
        validators=[validate_resume_file],
        max_length=200,
    )
    resume_name = models.CharField(_("résumé file name"), max_length=100, editable=False, default="")
    consent_at = models.DateTimeField(_("consent given at"))
    privacy_version = models.CharField(_("privacy notice version"), max_length=20)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    keep = models.BooleanField(
        _("keep"), default=False, help_text=_("Kept past the retention period (e.g. with the applicant's consent).")
    )
    hr_notes = models.TextField(_("HR notes"), blank=True)
    # The form's one-time key: a reload or a double click posts the same key and stores nothing more.
    submission_key = models.CharField(max_length=64, unique=True, default=new_submission_key, editable=False)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="careers_application_created")]

    def __str__(self):
        return f"{self.reference} {self.name}"

    @property
    def is_closed(self):
        return self.status in self.CLOSED_STATUSES

    @property
    def public_status(self):
        """The status in the applicant's plain words: received, in review or closed."""
        if self.status == self.Status.NEW:
            return _("Received")
        if self.is_closed:
            return _("Closed")
        return _("In review")

    def move_to(self, status, *, user=None):
        """Changes the status, keeps closed_at in step, and records who did it. Returns the event or None."""
        if status == self.status:
            return None
        old_label = self.get_status_display()
        self.status = status
        self.closed_at = timezone.now() if self.is_closed else None
        self.save(update_fields=["status", "closed_at", "updated_at"])
        return ApplicationEvent.objects.create(
            application=self,
            user=user,
            kind=ApplicationEvent.Kind.STATUS,
            detail=f"{old_label} → {self.get_status_display()}",
        )


@receiver(post_delete, sender=Application, dispatch_uid="careers_delete_resume_file")
def delete_resume_file(sender, instance, **kwargs):
    """Deleting an application (one, a queryset, or a cascade) deletes its résumé file once the
    deletion is committed; a rolled-back deletion keeps the file its record still points to.
    (Inside a test's transaction, run the on-commit callbacks to see the file go.)"""
    name = instance.resume.name
    if name:
        storage = instance.resume.storage
        transaction.on_commit(lambda: storage.delete(name))


class ApplicationRecord(models.Model):
    """Something that happened to an application: the staff user who did it (if any) and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        abstract = True


class ApplicationEvent(ApplicationRecord):
    """One line of an application's history: who changed what, and when."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Received")
        STATUS = "status", _("Status")
        NOTES = "notes", _("HR notes")
        KEEP = "keep", _("Keep")
        DOWNLOAD = "download", _("Résumé download")
        EXPORT = "export", _("Export")

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    detail = models.TextField(_("detail"), blank=True)

    class Meta:
        verbose_name = _("application event")
        verbose_name_plural = _("application events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.detail}"


class ResumeDownload(ApplicationRecord):
    """Each time someone opened an application's résumé."""

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="downloads"
    )

    class Meta:
        verbose_name = _("résumé download")
        verbose_name_plural = _("résumé downloads")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.application_id} {self.at:%Y-%m-%d %H:%M}"
