"""The service desk's workflow for messages, inquiries and repair requests, and what a staff reply does.

new → in progress → answered → closed. Staff may answer or close straight from *new*, take an answered
item up again (a follow-up call) and reopen a closed one; nothing goes back to *new*: that status means
nobody has handled it yet, which the admin index counts. Saving the first public reply dates it
(``replied_at``) and moves an open item to *answered*; the visitor gets the reply by e-mail when they
gave an address (``core.mail``: sent after the transaction commits, kept and retried on failure).
A message on the public board is public content: changing its reply, approving or withdrawing it
retires the cached pages (``core.cache.content_changed``).
"""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.cache import content_changed
from core.mail import queue_mail

from .models import RepairRequest, Status

NEXT_STATUSES = {
    Status.NEW: (Status.IN_PROGRESS, Status.ANSWERED, Status.CLOSED),
    Status.IN_PROGRESS: (Status.ANSWERED, Status.CLOSED),
    Status.ANSWERED: (Status.IN_PROGRESS, Status.CLOSED),
    Status.CLOSED: (Status.IN_PROGRESS,),
}
OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS)


def can_move(current, target):
    return target in NEXT_STATUSES.get(current, ())


def status_choices(current):
    """The choices a change form offers for an item now in ``current``: it and its next steps."""
    allowed = {current, *NEXT_STATUSES.get(current, ())}
    return [(value, label) for value, label in Status.choices if value in allowed]


def reply_saved(record, *, old_reply):
    """After staff saved ``record`` with a new public reply: date it, answer it, tell the visitor.

    Returns the queued e-mail or None. Call it inside the save's transaction (the admin's is one),
    so the e-mail goes out only once the reply is committed."""
    reply = record.public_reply.strip()
    if not reply or reply == (old_reply or "").strip():
        return None
    fields = ["public_reply"]
    if record.replied_at is None:
        record.replied_at = timezone.now()
        fields.append("replied_at")
    if record.status in OPEN_STATUSES:
        record.status = Status.ANSWERED
        fields.append("status")
    record.save(update_fields=[*fields, "updated_at"])
    if getattr(record, "on_board", False):
        content_changed()
    return send_reply(record)


def send_reply(record):
    """The staff's public reply to the visitor who wrote ``record``, when they gave an e-mail address.

    Plain text (``core.mail``): the visitor's words and the reply are never HTML, and the subject
    holds only our words and the reference, so nothing the visitor typed reaches a header."""
    if not record.email:
        return None
    is_repair = isinstance(record, RepairRequest)
    with translation.override(settings.LANGUAGE_CODE):
        subject = (
            _("Kede Group: a reply to your repair request %(reference)s")
            if is_repair
            else _("Kede Group: a reply to your message %(reference)s")
        ) % {"reference": record.reference}
        return queue_mail(
            to=[record.email],
            subject=subject,
            template="service/emails/reply.txt",
            context={
                "record": record,
                "is_repair": is_repair,
                "name": record.contact_name if is_repair else record.name,
                "about": record.brand_model if is_repair else record.subject,
                "replied_at": timezone.localtime(record.replied_at),
            },
        )
