"""The site's outgoing e-mail: stored first, sent after the transaction commits, retried until it goes.

``queue_mail(to=[...], subject=..., template="careers/emails/received.txt", context={...})`` renders a
plain-text template (no HTML escaping), puts the subject on one line, stores an ``OutgoingMail`` row and
sends it once the surrounding transaction commits, so a rolled-back submission sends nothing and a sent
message always belongs to a saved record. A failed send never reaches the visitor's request: the row is
kept (status failed, one more attempt, the error) and ``manage.py send_queued_mail`` (cron) sends it
later. Logs name the row and the error's kind, never the body or the addresses.

Sending claims a row with one conditional UPDATE (pending/failed → sending), so two processes (the
request's after-commit send and cron, or two cron runs) never send the same row twice.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.template import Context, engines
from django.utils import timezone

from .models import OutgoingMail

logger = logging.getLogger(__name__)

# A send still marked "sending" after this long was cut off (the process died): it is tried again.
STUCK_AFTER = timedelta(minutes=15)


def one_line(subject: str) -> str:
    """The subject with every line break and run of white space turned into one space: no header injection."""
    return " ".join(str(subject).split())[:255]


def render_text(template: str, context: dict) -> str:
    """A plain-text template rendered without HTML escaping (an e-mail body is not HTML)."""
    return engines["django"].engine.get_template(template).render(Context(context, autoescape=False))


def queue_mail(
    *, to: list[str], subject: str, template: str, context: dict, reply_to: list[str] | None = None
) -> OutgoingMail:
    """Store an e-mail and send it after the current transaction commits (at once outside a transaction)."""
    mail = OutgoingMail.objects.create(
        to=list(to), reply_to=list(reply_to or []), subject=one_line(subject), body=render_text(template, context)
    )
    if settings.MAIL_SEND_ON_COMMIT:
        transaction.on_commit(lambda: deliver(mail.pk), robust=True)
    return mail


def _check_addresses(addresses):
    for address in addresses:
        try:
            validate_email(address)
        except ValidationError:
            raise ValueError("invalid e-mail address") from None


def deliver(pk: int) -> str:
    """Send one queued e-mail if it is still due; never raises. Returns "sent", "failed" or "skipped"."""
    queued = OutgoingMail.objects.filter(pk=pk).due(settings.MAIL_MAX_ATTEMPTS)
    if not queued.update(status=OutgoingMail.Status.SENDING, claimed_at=timezone.now()):
        return "skipped"  # sent already, being sent by another process, or out of attempts
    mail = OutgoingMail.objects.get(pk=pk)
    try:
        _check_addresses(mail.to + mail.reply_to)
        message = EmailMessage(
            subject=one_line(mail.subject), body=mail.body, to=mail.to, reply_to=mail.reply_to or None
        )
        if message.send(fail_silently=False) != 1:
            raise RuntimeError("the mail backend sent nothing")
    except Exception as error:
        OutgoingMail.objects.filter(pk=pk).update(
            status=OutgoingMail.Status.FAILED,
            attempts=F("attempts") + 1,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            claimed_at=None,
        )
        logger.warning(
            "Outgoing e-mail %s failed (attempt %s of %s): %s",
            pk,
            mail.attempts + 1,
            settings.MAIL_MAX_ATTEMPTS,
            type(error).__name__,
        )
        return "failed"
    OutgoingMail.objects.filter(pk=pk).update(
        status=OutgoingMail.Status.SENT,
        attempts=F("attempts") + 1,
        last_error="",
        claimed_at=None,
        sent_at=timezone.now(),
    )
    return "sent"


def send_queued_mail() -> dict:
    """Send every due e-mail (after freeing sends that were cut off); what cron runs. Counts per outcome."""
    counts = {"sent": 0, "failed": 0, "skipped": 0}
    counts["released"] = OutgoingMail.objects.stuck(timezone.now() - STUCK_AFTER).update(
        status=OutgoingMail.Status.FAILED,
        attempts=F("attempts") + 1,
        last_error="Interrupted while sending",
        claimed_at=None,
    )
    due = OutgoingMail.objects.due(settings.MAIL_MAX_ATTEMPTS).values_list("pk", flat=True)
    for pk in list(due):
        counts[deliver(pk)] += 1
    return counts
