"""E-mails of the service app, queued with core.mail (sent after the transaction commits, kept and
retried on failure). Bodies are plain-text templates under templates/service/emails/; the visitor's
text goes in the body only, never in a header (core.mail puts the subject on one line, and the subject
holds the reference, not the visitor's words)."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.mail import queue_mail
from core.urls import absolute_url
from pages.models import SiteSettings

from .models import Message, RepairRequest

logger = logging.getLogger(__name__)


def _admin_path(record):
    """The record's change page in its inbox: repair requests, inquiries or messages."""
    if isinstance(record, RepairRequest):
        name = "admin:service_repairrequest_change"
    elif record.kind == Message.Kind.INQUIRY:
        name = "admin:service_inquiry_change"
    else:
        name = "admin:service_plainmessage_change"
    return reverse(name, args=[record.pk])


def recipient_for(record):
    """The office's address the record was routed to, else the address in site settings, else None."""
    if record.office_id and record.office.email:
        return record.office.email
    return SiteSettings.load().email or None


def notify_office(record):
    """To the office covering the visitor's province (fallback: site settings' e-mail): what arrived,
    where from, and the admin link. In the site's language."""
    address = recipient_for(record)
    if not address:
        logger.warning("No office or site e-mail: %s %s was not announced.", type(record).__name__, record.pk)
        return None
    with translation.override(settings.LANGUAGE_CODE):
        if isinstance(record, RepairRequest):
            subject = _("New repair request %(reference)s") % {"reference": record.reference}
            template = "service/emails/office_new_repair.txt"
        elif record.kind == Message.Kind.INQUIRY:
            subject = _("New inquiry %(reference)s") % {"reference": record.reference}
            template = "service/emails/office_new_message.txt"
        else:
            subject = _("New message %(reference)s") % {"reference": record.reference}
            template = "service/emails/office_new_message.txt"
        return queue_mail(
            to=[address],
            subject=subject,
            template=template,
            context={
                "record": record,
                "received_at": timezone.localtime(record.created_at),
                "admin_url": absolute_url(_admin_path(record)),
            },
        )


def send_visitor_confirmation(record, *, status_url=""):
    """To the visitor, when they gave an e-mail address: the reference (and for repairs, the status page)."""
    if not record.email:
        return None
    if isinstance(record, RepairRequest):
        subject = _("Kede Group: we received your repair request %(reference)s") % {"reference": record.reference}
    else:
        subject = _("Kede Group: we received your message %(reference)s") % {"reference": record.reference}
    return queue_mail(
        to=[record.email],
        subject=subject,
        template="service/emails/visitor_confirmation.txt",
        context={"record": record, "is_repair": isinstance(record, RepairRequest), "status_url": status_url},
    )
