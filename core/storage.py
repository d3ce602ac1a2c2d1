"""Private files (résumés, repair photos): stored under PRIVATE_MEDIA_ROOT, which no URL serves.

Use ``private_storage`` as a FileField's storage; hand the files out only through
``core.downloads.private_file_response`` (or ``PrivateFileView``), which checks a permission.
"""

from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible(path="core.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """A file system storage on ``settings.PRIVATE_MEDIA_ROOT`` with no URL.

    The root is read when first needed and read again when a test overrides the setting.
    Files are readable by the site's own user only.
    """

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @cached_property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def base_url(self):
        return None  # url() raises ValueError: there is no public address.

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


private_storage = PrivateStorage()


@checks.register(checks.Tags.security)
def check_private_root_is_apart(app_configs=None, **kwargs):
    """core.E001: the private root must not lie inside (or hold) the media or static root.

    core.E003: nor may the backup directory overlap any of the three.
    """
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    errors = []
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = Path(getattr(settings, setting)).resolve()
        if private == public or public in private.parents or private in public.parents:
            errors.append(
                checks.Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) overlaps {setting} ({public}), which the web server serves.",
                    hint="Keep DJANGO_PRIVATE_MEDIA_ROOT outside DJANGO_MEDIA_ROOT and DJANGO_STATIC_ROOT.",
                    id="core.E001",
                )
            )
    backups = Path(settings.BACKUP_DIR).resolve()
    for setting in ("MEDIA_ROOT", "STATIC_ROOT", "PRIVATE_MEDIA_ROOT"):
        root = Path(getattr(settings, setting)).resolve()
        if backups == root or root in backups.parents or backups in root.parents:
            errors.append(
                checks.Error(
                    f"BACKUP_DIR ({backups}) overlaps {setting} ({root}).",
                    hint="Keep DJANGO_BACKUP_DIR apart: archives hold the private files and must not be served "
                    "or backed up into themselves.",
                    id="core.E003",
                )
            )
    return errors
