"""``manage.py send_queued_mail``: send the e-mails that are waiting or failed before (run it from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.mail import send_queued_mail


class Command(BaseCommand):
    help = (
        "Send queued and failed e-mails that have tries left (settings.MAIL_MAX_ATTEMPTS). "
        "Safe to run twice at once: each e-mail is claimed before it is sent."
    )

    def handle(self, *args, **options):
        counts = send_queued_mail()
        self.stdout.write(
            f"Sent {counts['sent']}, failed {counts['failed']}, skipped {counts['skipped']} "
            f"(taken by another run), {counts['released']} interrupted send(s) released; "
            f"at most {settings.MAIL_MAX_ATTEMPTS} attempts each."
        )
