"""``manage.py backup``: one dated archive of the database, the public and the private media (see core.backup)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write backups/kede-YYYYmmdd-HHMMSS.tar.gz (mode 0600): the database, MEDIA_ROOT, PRIVATE_MEDIA_ROOT "
        "(résumés: personal data) and a manifest with row counts and sha256 of every file. Never overwrites."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=None,
            help="The directory to write into (default: settings.BACKUP_DIR, from $DJANGO_BACKUP_DIR or backups/).",
        )

    def handle(self, *args, output, **options):
        try:
            result = create_backup(output or settings.BACKUP_DIR)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = result.manifest
        counts = dict.fromkeys(("media", "private"), 0)
        for name in manifest["files"]:
            folder = name.split("/", 1)[0]
            if folder in counts:
                counts[folder] += 1
        for path in result.skipped:
            self.stderr.write(f"Skipped {path}: not a regular file (a link or a device).")
        size = result.path.stat().st_size
        self.stdout.write(
            f"{result.path} ({size / 1024 / 1024:.1f} MB, {size} bytes): {manifest['vendor']} database "
            f"({len(manifest['tables'])} tables, {sum(manifest['tables'].values())} rows), "
            f"{counts['media']} public and {counts['private']} private files."
        )
        self.stdout.write("It holds personal data (résumés, contact details): keep it as private as the site.")
