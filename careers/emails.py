"""E-mails of the careers app: plain functions called after the application is saved; bodies are
templates under templates/careers/emails/. Sending happens after the transaction commits and a failure
never reaches the visitor (core.mail.queue_mail keeps the message and retries it)."""

from django.utils.translation import gettext as _

from core.mail import queue_mail


def send_applicant_confirmation(application, *, status_url):
    """To the applicant, when they gave an e-mail address: the reference and the link to their desk."""
    if not application.email:
        return None
    return queue_mail(
        to=[application.email],
        subject=_("Kede Group: we received your application %(reference)s") % {"reference": application.reference},
        template="careers/emails/applicant_confirmation.txt",
        context={"application": application, "status_url": status_url},
    )
