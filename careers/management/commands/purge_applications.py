"""``manage.py purge_applications [--dry-run]``: the retention rule of the privacy notice, applied.

Deletes, with their résumé files, the applications ``settings.CAREERS_RETENTION_DAYS`` days after
they were closed (offer, rejected, withdrawn) or, never handled, after they arrived, unless HR
marked them "keep" (``Application.objects.due_for_purge``). Then removes the stray files under the
private root's résumé folder that no application points to (left by a crash or a restore), except
files younger than a day: an application being submitted right now has its file on disk a moment
before its record is committed. Prints references and file names only, never personal data.
It also removes the admin's kept uploads older than a day (``core.keep_uploads``: files chosen on a
form that came back with an error and was never saved), so one daily cron line cleans the private root.
Run it daily from cron; ``--dry-run`` prints the same and changes nothing.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from careers.models import Application
from core.keep_uploads import purge_pending_uploads, stale_pending_folders

RESUME_FOLDER = "resumes"
# A file this young may belong to an application whose record is not committed yet.
STRAY_GRACE = timedelta(days=1)


def stray_files(now):
    """Files under <private root>/resumes/ that no application points to and older than the grace period."""
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    folder = root / RESUME_FOLDER
    if not folder.is_dir():
        return []
    known = set(Application.objects.exclude(resume="").values_list("resume", flat=True))
    cutoff = (now - STRAY_GRACE).timestamp()
    found = []
    for directory, _folders, files in os.walk(folder):  # symbolic links to folders are not followed
        for file_name in files:
            path = Path(directory, file_name)
            name = path.relative_to(root).as_posix()
            if name not in known and path.lstat().st_mtime < cutoff:
                found.append(path)
    return sorted(found)


class Command(BaseCommand):
    help = (
        "Delete applications and their résumés past the retention period (settings.CAREERS_RETENTION_DAYS) "
        "unless kept, and résumé files no application points to. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would be deleted; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        days = settings.CAREERS_RETENTION_DAYS
        root = Path(settings.PRIVATE_MEDIA_ROOT)
        strays = stray_files(now)
        due = list(Application.objects.due_for_purge(now, days).order_by("created_at", "pk"))
        verb = "Would delete" if dry_run else "Deleting"
        self.stdout.write(f"Retention: {days} days. Applications due: {len(due)}.")
        for application in due:
            if application.closed_at:
                since = f"closed {timezone.localtime(application.closed_at):%Y-%m-%d}"
            else:
                since = f"arrived {timezone.localtime(application.created_at):%Y-%m-%d}"
            self.stdout.write(f"  {verb} application {application.reference} ({application.status}, {since})")
        self.stdout.write(f"Stray résumé files: {len(strays)}.")
        for path in strays:
            self.stdout.write(f"  {verb} file {path.relative_to(root).as_posix()}")
        pending = stale_pending_folders(now)
        self.stdout.write(f"Kept admin uploads older than a day: {len(pending)}.")
        if dry_run:
            self.stdout.write("Dry run: nothing was deleted.")
            return
        with transaction.atomic():
            # Deleting the records deletes their files once this transaction commits (careers.models).
            deleted = Application.objects.filter(pk__in=[application.pk for application in due]).delete()[1]
        removed = 0
        for path in strays:
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
        purged = purge_pending_uploads(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {deleted.get('careers.Application', 0)} applications, {removed} stray files"
                f" and {purged} kept admin uploads."
            )
        )
