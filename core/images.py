"""Uploaded images: opening them safely, re-encoding them without EXIF, sizing their renditions.

Every uploaded image is opened through :func:`open_image`. It lets Pillow parse JPEG, PNG, WebP and
GIF only (the decoders of BMP, TIFF, PSD and Pillow's other formats never see an uploaded byte) and
checks the decoded size from the header, before a single pixel is decoded.
"""

import io
import math
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# The formats the site accepts, with the extension their stored files get.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
# Formats that may hold several frames, all of which count towards the pixel limit.
ANIMATED_FORMATS = {"PNG", "WEBP", "GIF"}


@contextmanager
def open_image(file, *, check_size=True):
    """Open an uploaded image for reading, or raise ``ValidationError`` (in the visitor's language).

    Only the formats in :data:`FORMATS` are parsed, and only the header is read here: an image
    wider or taller than ``settings.MAX_IMAGE_SIDE`` or with more than ``settings.MAX_IMAGE_PIXELS``
    pixels (all frames of an animation together) is refused before it is decoded, unless
    ``check_size`` is false (for reading nothing but the header). The file's position is restored
    afterwards.
    """
    position = file.tell()
    try:
        file.seek(0)
        try:
            image = Image.open(file, formats=list(FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ValidationError(_("The image has too many pixels."), code="too_many_pixels") from exc
        except UnidentifiedImageError as exc:
            file.seek(0)
            raise _unaccepted(file.read(16)) from exc
        except Exception as exc:  # Pillow raises many types for broken files.
            raise ValidationError(_("The file is not a valid image."), code="invalid_image") from exc
        with image:
            if check_size:
                check_decoded_size(image)
            yield image
    finally:
        file.seek(position)


def _unaccepted(head):
    """The error for bytes that none of the accepted formats' parsers recognise.

    Pillow's magic-number tests (which parse nothing) tell a BMP or TIFF from a file that is no image.
    """
    Image.init()
    known = next((name for name, (_factory, accept) in Image.OPEN.items() if accept and accept(head)), None)
    if known is None or known in FORMATS:
        return ValidationError(_("The file is not a valid image."), code="invalid_image")
    return ValidationError(
        _("This is a %(format)s image; images must be JPEG, PNG, WebP or GIF."),
        code="invalid_format",
        params={"format": known},
    )


def check_decoded_size(image):
    """Refuse an opened image whose decoded size exceeds the limits, reading nothing but its header."""
    width, height = image.size
    side = settings.MAX_IMAGE_SIDE
    if width > side or height > side:
        raise ValidationError(
            _("The image is %(width)s × %(height)s pixels; a side may be at most %(side)s pixels."),
            code="too_wide",
            params={"width": width, "height": height, "side": side},
        )
    frames = image.n_frames if image.format in ANIMATED_FORMATS else 1
    limit = min(settings.MAX_IMAGE_PIXELS, Image.MAX_IMAGE_PIXELS or math.inf)
    if width * height * frames > limit:
        if frames == 1:
            message = _("The image is %(width)s × %(height)s pixels, over the limit of %(limit)s megapixels.")
        else:
            message = _(
                "The animation has %(frames)s frames of %(width)s × %(height)s pixels, "
                "over the limit of %(limit)s megapixels in all."
            )
        raise ValidationError(
            message,
            code="too_many_pixels",
            params={"width": width, "height": height, "frames": frames, "limit": f"{limit / 1_000_000:g}"},
        )


def image_size(file):
    """``(width, height)`` read from the header, or ``(None, None)`` for a file that is not an accepted image."""
    try:
        with open_image(file, check_size=False) as image:
            return image.size
    except ValidationError:
        return (None, None)


def reencode_image(upload):
    """The image's bytes re-encoded in its own format, upright and without metadata (EXIF, GPS…)."""
    with open_image(upload) as image:
        image_format = image.format
        if image_format == "GIF":  # keep animation; GIFs carry no EXIF
            upload.seek(0)
            return upload.read(), image_format
        upright = ImageOps.exif_transpose(image)
        if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        buffer = io.BytesIO()
        options = {"quality": 88, "optimize": True} if image_format in ("JPEG", "WEBP") else {"optimize": True}
        upright.save(buffer, image_format, **options)
    return buffer.getvalue(), image_format


def has_metadata(upload):
    """True when the image carries EXIF data (orientation, camera, GPS position…)."""
    try:
        with open_image(upload) as image:
            return bool(image.getexif()) or "exif" in image.info
    except ValidationError:  # not an image: the field's validation reports it
        return False


def fitted_size(width, height, box_width, box_height):
    """The (width, height) an image of ``width`` × ``height`` has once resized to fit the box.

    Mirrors ``ResizeToFit(box_width, box_height, upscale=False)``, so templates can
    write exact ``width``/``height`` attributes without opening the rendition.
    """
    if not width or not height:
        return (box_width, box_height)
    ratio = min(box_width / width, box_height / height, 1)
    return (max(1, round(width * ratio)), max(1, round(height * ratio)))
