"""Reusable validation rules for uploads."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image_file(upload):
    """Accept only real JPEG/PNG/WebP/GIF images within the size and pixel limits.

    Pillow's decompression-bomb protection stays on: an image with more pixels
    than ``Image.MAX_IMAGE_PIXELS`` is refused. A model's image that is already
    stored (the next save of a form that did not change it) was checked when it
    was uploaded and is not read again.
    """
    if isinstance(upload, FieldFile) and upload._committed:
        return
    limit = getattr(settings, "MAX_IMAGE_UPLOAD_SIZE", 10 * 1024 * 1024)
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The image is %(size)s; the largest accepted is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format = image.format
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(_("The image has too many pixels."), code="too_many_pixels") from exc
    except Exception as exc:  # Pillow raises many types for broken files.
        raise ValidationError(_("The file is not a valid image."), code="invalid_image") from exc
    finally:
        upload.seek(position)
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise ValidationError(_("Images must be JPEG, PNG, WebP or GIF."), code="invalid_format")


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
