"""``manage.py restore <archive>``: put a backup back (see core.backup)."""

import tempfile

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.backup import BackupError, check_vendor, latest_migrations_on_disk, restore, unpack


class Command(BaseCommand):
    help = (
        "Restore a backup archive: checks every file against the manifest first, then replaces the database "
        "and makes MEDIA_ROOT and PRIVATE_MEDIA_ROOT hold exactly the archive's files (others are deleted)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A kede-….tar.gz written by manage.py backup.")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="Do not ask to confirm.")

    def handle(self, *args, archive, interactive, **options):
        with tempfile.TemporaryDirectory(prefix="kede-restore-") as staging:
            try:
                manifest = unpack(archive, staging)
                check_vendor(manifest)
            except BackupError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                f"{archive}: checked, every file matches the manifest (made {manifest['created']}, "
                f"{manifest['vendor']}, {len(manifest['tables'])} tables, {len(manifest['files']) - 1} media files)."
            )
            self.stdout.write(
                f"This replaces the whole database {connection.settings_dict['NAME']} and makes "
                f"{settings.MEDIA_ROOT} and {settings.PRIVATE_MEDIA_ROOT} hold exactly the archive's files: "
                "files that are not in the archive are deleted."
            )
            if interactive and input("Type 'yes' to restore: ").strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
            try:
                result = restore(manifest, staging)
            except BackupError as error:
                raise CommandError(str(error)) from error
        self.stdout.write(f"Database restored: {result.tables} tables, {result.rows} rows.")
        for folder, root in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
            self.stdout.write(
                f"{root}: {result.written[folder]} files written, {result.unchanged[folder]} already identical, "
                f"{result.removed[folder]} not in the archive deleted."
            )
        self.stdout.write("Cached pages retired (content version bumped).")
        on_disk = latest_migrations_on_disk()
        behind = {app: name for app, name in on_disk.items() if manifest.get("migrations", {}).get(app) != name}
        if behind:
            apps = ", ".join(
                f"{app} (archive {manifest['migrations'].get(app, 'none')}, code {name})"
                for app, name in behind.items()
            )
            self.stdout.write(f"The archive's migrations differ from this code's: {apps}. Run manage.py migrate.")
        if result.extra_tables:
            self.stderr.write(f"Tables not in the archive, left in place: {', '.join(result.extra_tables)}.")
        if result.mismatched:
            rows = ", ".join(
                f"{table} ({want} in the archive, {got} now)" for table, (want, got) in result.mismatched.items()
            )
            raise CommandError(f"Row counts differ after the restore: {rows}.")
