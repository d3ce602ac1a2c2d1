"""Reusable validation rules for uploads."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .images import open_image


def validate_image_file(upload):
    """Accept only real JPEG/PNG/WebP/GIF images within the file size and decoded size limits.

    The limits are ``settings.MAX_IMAGE_UPLOAD_SIZE`` (bytes), ``MAX_IMAGE_PIXELS`` and
    ``MAX_IMAGE_SIDE``; the pixel limits are checked from the header, before anything is decoded.
    A model's image that is already stored (the next save of a form that did not change it) was
    checked when it was uploaded and is not read again.
    """
    if isinstance(upload, FieldFile) and upload._committed:
        return
    limit = settings.MAX_IMAGE_UPLOAD_SIZE
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The image is %(size)s; the largest accepted is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    try:
        with open_image(upload) as image:
            image.verify()
    except ValidationError:
        raise
    except Exception as exc:  # Pillow raises many types for broken files.
        raise ValidationError(_("The file is not a valid image."), code="invalid_image") from exc


def read_head(upload, size):
    """The first ``size`` bytes of an upload, leaving its position where it was."""
    position = upload.tell()
    upload.seek(0)
    head = upload.read(size)
    upload.seek(position)
    return head


def validate_max_size(upload, limit):
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the largest accepted is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
