"""E-mails of the careers app: plain functions called after the application is saved; bodies are
templates under templates/careers/emails/. Sending happens after the transaction commits and a failure
never reaches the visitor (core.mail.queue_mail keeps the message and retries it)."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.mail import queue_mail
from core.urls import absolute_url
from pages.models import SiteSettings

logger = logging.getLogger(__name__)


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


def notify_hr_of_application(application):
    """To the HR address in site settings, when an application arrives: the opening, the reference and the
    admin link, in the site's language. No name, phone or résumé: site settings are edited by the
    editors too, so the address may not be HR's, and an e-mail is no place for personal data anyway.
    Without an address nothing is sent (the application is in the admin all the same)."""
    address = SiteSettings.load().hr_email
    if not address:
        logger.warning("No HR e-mail in site settings: application %s was not announced.", application.pk)
        return None
    path = reverse("admin:careers_application_change", args=[application.pk])
    with translation.override(settings.LANGUAGE_CODE):
        return queue_mail(
            to=[address],
            subject=_("New job application %(reference)s") % {"reference": application.reference},
            template="careers/emails/hr_new_application.txt",
            context={
                "application": application,
                "received_at": timezone.localtime(application.created_at),
                "admin_url": absolute_url(path),
            },
        )
