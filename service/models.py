"""Service: the offices and dealers of the sales network, the repair process, and what visitors send
(messages, inquiries, repair requests with photos).

Offices and repair steps are public content (saving one retires cached pages). Messages and repair
requests are visitors' submissions: never public content, so a submission never empties the page cache.
A message becomes public only when staff approve it for the board; that action retires the cache itself
(core.cache.content_changed).
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from core.fields import UprightImageField
from core.models import OrderedModel, PublicContentModel, PublishableModel, TimeStampedModel
from core.storage import private_storage
from core.submissions import new_reference, new_submission_key

from .provinces import PROVINCES, Region, validate_province_codes
from .querysets import MessageQuerySet, OfficeQuerySet, RepairRequestQuerySet, RepairStepQuerySet

BODY_MAX_LENGTH = 2000
FAULT_MAX_LENGTH = 2000
MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 5 * 1024 * 1024
# References like careers' (core.submissions): "LY" for 留言, "WX" for 维修.
MESSAGE_PREFIX = "LY"
REPAIR_PREFIX = "WX"


def new_message_reference():
    return new_reference(MESSAGE_PREFIX)


def new_repair_reference():
    return new_reference(REPAIR_PREFIX)


class Office(PublishableModel, OrderedModel):  # PublishableModel is PublicContentModel
    """An office or dealer of the sales network, and the provinces whose requests it receives."""

    class Kind(models.TextChoices):
        OFFICE = "office", _("Office")
        DEALER = "dealer", _("Dealer")

    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OFFICE)
    region = models.CharField(_("region"), max_length=10, choices=Region.choices, db_index=True)
    province = models.CharField(_("province"), max_length=20, choices=PROVINCES, help_text=_("Where it sits."))
    city = models.CharField(_("city"), max_length=40)
    address = models.CharField(_("address"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=40, blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Where messages and repair requests from the covered provinces are sent; not shown on the site."),
    )
    provinces_covered = models.JSONField(
        _("provinces covered"),
        default=list,
        blank=True,
        validators=[validate_province_codes],
        help_text=_("Requests from these provinces go to this office."),
    )

    objects = OfficeQuerySet.as_manager()

    class Meta(OrderedModel.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices and dealers")

    def __str__(self):
        return self.name

    @property
    def provinces_covered_names(self):
        from .provinces import province_name

        return [province_name(code) for code in self.provinces_covered or []]


class RepairStep(PublicContentModel, OrderedModel):
    """One step of the repair process (维修流程), shown as a timeline."""

    title = models.CharField(_("title"), max_length=60)
    text = models.TextField(_("text"), max_length=1000, blank=True)
    image = UprightImageField(
        _("image"),
        upload_to="repair-steps/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    icon = models.CharField(
        _("icon"), max_length=30, blank=True, help_text=_("A short name, e.g. phone, truck, wrench, check.")
    )
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished content is visible to staff only.")
    )

    objects = RepairStepQuerySet.as_manager()

    class Meta(OrderedModel.Meta):
        verbose_name = _("repair step")
        verbose_name_plural = _("repair steps")

    def __str__(self):
        return self.title


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class HandledSubmission(TimeStampedModel):
    """What service staff do with a visitor's submission: status, who handles it, notes and the public reply.

    Not public content: saving one never touches the page cache.
    """

    Status = Status

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    public_reply = models.TextField(_("public reply"), blank=True)
    replied_at = models.DateTimeField(_("replied at"), null=True, blank=True)

    class Meta:
        abstract = True


class Message(HandledSubmission):
    """A visitor's message (在线留言); with products attached, an inquiry."""

    class Kind(models.TextChoices):
        MESSAGE = "message", _("Message")
        INQUIRY = "inquiry", _("Inquiry")

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_message_reference, editable=False
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MESSAGE, db_index=True)
    name = models.CharField(_("name"), max_length=40)
    phone = models.CharField(_("phone"), max_length=20, db_index=True, help_text=_("E.164, e.g. +8613812345678."))
    email = models.EmailField(_("e-mail"), blank=True)
    company = models.CharField(_("company"), max_length=80, blank=True)
    province = models.CharField(_("province"), max_length=20, choices=PROVINCES, db_index=True)
    subject = models.CharField(_("subject"), max_length=80)
    body = models.TextField(_("message"), max_length=BODY_MAX_LENGTH, validators=[MaxLengthValidator(BODY_MAX_LENGTH)])
    products = models.ManyToManyField(
        "products.Product", verbose_name=_("products"), blank=True, related_name="service_messages"
    )
    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
        help_text=_("The office that covered the visitor's province when the message came in."),
    )
    on_board = models.BooleanField(
        _("on the message board"), default=False, db_index=True, help_text=_("Approved for the public message board.")
    )
    submission_key = models.CharField(max_length=64, unique=True, default=new_submission_key, editable=False)

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["on_board", "created_at"], name="service_message_board")]

    def __str__(self):
        return f"{self.reference} {self.subject}"


class RepairRequest(HandledSubmission):
    """A visitor's repair request (报修), with up to five photos in private storage."""

    class PreferredTime(models.TextChoices):
        ANY = "any", _("Any time")
        MORNING = "morning", _("Morning (8:00–12:00)")
        AFTERNOON = "afternoon", _("Afternoon (13:00–18:00)")
        EVENING = "evening", _("Evening (18:00–21:00)")

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_repair_reference, editable=False
    )
    contact_name = models.CharField(_("contact name"), max_length=40)
    phone = models.CharField(_("phone"), max_length=20, db_index=True, help_text=_("E.164, e.g. +8613812345678."))
    email = models.EmailField(_("e-mail"), blank=True)
    company = models.CharField(_("company"), max_length=80, blank=True)
    province = models.CharField(_("province"), max_length=20, choices=PROVINCES, db_index=True)
    equipment_type = models.ForeignKey(
        "products.Category",
        verbose_name=_("equipment type"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"parent__isnull": True},
        related_name="+",
    )
    brand_model = models.CharField(_("brand and model"), max_length=80)
    serial_number = models.CharField(_("serial number"), max_length=60, blank=True)
    fault = models.TextField(
        _("fault description"), max_length=FAULT_MAX_LENGTH, validators=[MaxLengthValidator(FAULT_MAX_LENGTH)]
    )
    preferred_time = models.CharField(
        _("preferred contact time"), max_length=20, choices=PreferredTime.choices, default=PreferredTime.ANY
    )
    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repair_requests",
        help_text=_("The office that covered the visitor's province when the request came in."),
    )
    submission_key = models.CharField(max_length=64, unique=True, default=new_submission_key, editable=False)

    objects = RepairRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("repair request")
        verbose_name_plural = _("repair requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.reference} {self.brand_model}"


class RepairPhoto(TimeStampedModel):
    """A photo of a repair request: re-encoded without metadata, under a random name, in private storage."""

    request = models.ForeignKey(
        RepairRequest, verbose_name=_("repair request"), on_delete=models.CASCADE, related_name="photos"
    )
    image = UprightImageField(
        _("photo"),
        storage=private_storage,
        upload_to="repairs/%Y/%m/",
        width_field="width",
        height_field="height",
        max_length=200,
    )
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)

    class Meta:
        verbose_name = _("repair photo")
        verbose_name_plural = _("repair photos")
        ordering = ["pk"]

    def __str__(self):
        return self.image.name


@receiver(post_delete, sender=RepairPhoto, dispatch_uid="service_delete_repair_photo_file")
def delete_repair_photo_file(sender, instance, **kwargs):
    """Deleting a photo (one, a queryset, or with its request) deletes its file once the deletion commits."""
    name = instance.image.name
    if name:
        storage = instance.image.storage
        transaction.on_commit(lambda: storage.delete(name))


class InboxManager(models.Manager.from_queryset(MessageQuerySet)):
    """The messages of one kind: each kind is its own inbox in the admin, with its own permissions."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return super().get_queryset().filter(kind=self.kind)


class PlainMessage(Message):
    """The messages inbox (留言): messages without products."""

    objects = InboxManager(Message.Kind.MESSAGE)

    class Meta:
        proxy = True
        verbose_name = _("message")
        verbose_name_plural = _("messages")


class Inquiry(Message):
    """The inquiries inbox (询价): messages about products."""

    objects = InboxManager(Message.Kind.INQUIRY)

    class Meta:
        proxy = True
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
