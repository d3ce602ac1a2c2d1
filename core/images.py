"""Uploaded images: opening them safely, re-encoding them without metadata, sizing their renditions.

Every uploaded image is opened through :func:`open_image`. It lets Pillow parse JPEG, PNG, WebP and
GIF only (the decoders of BMP, TIFF, PSD and Pillow's other formats never see an uploaded byte) and
checks the decoded size from the header, before a single pixel is decoded.
"""

import io
import math
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from imagekit.cachefiles import namers
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

# The formats the site accepts, with the extension their stored files get.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
# Formats whose animations are kept; a multi-picture JPEG (MPO, as phones write) keeps its first picture.
ANIMATED_FORMATS = {"PNG", "WEBP", "GIF"}
# What a re-encoded frame keeps of Pillow's ``info``: only what drawing it needs. The colour profile
# is passed explicitly; EXIF, XMP, comments and text chunks are left behind.
DRAWING_INFO = ("transparency", "background", "duration", "loop")


def image_format(image):
    """The format of an image opened by :func:`open_image`, as one of :data:`FORMATS`."""
    return "JPEG" if image.format == "MPO" else image.format


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


def reencode_image(file):
    """``(bytes, format)``: the image re-encoded in its own format, upright, with no metadata but its colour profile.

    The EXIF orientation is applied first; EXIF (camera, GPS position…), XMP, comments and PNG text
    chunks are dropped. An animation keeps its frames, their durations and its loop count.
    """
    with open_image(file) as image:
        output_format = image_format(image)
        icc_profile = image.info.get("icc_profile")
        loop = image.info.get("loop")
        animated = output_format in ANIMATED_FORMATS and image.n_frames > 1
        frames = [
            _drawable(ImageOps.exif_transpose(frame))
            for frame in (ImageSequence.Iterator(image) if animated else [image])
        ]
    first = frames[0]
    if output_format == "JPEG" and first.mode not in ("RGB", "L"):
        first = first.convert("RGB")
        icc_profile = None  # it described the colours of the old mode (CMYK)
    options = {"optimize": True}
    if output_format in ("JPEG", "WEBP"):
        options["quality"] = 88
    if icc_profile and output_format != "GIF":
        options["icc_profile"] = icc_profile
    if animated:
        durations = [frame.info.get("duration", 0) for frame in frames]
        options |= {"save_all": True, "append_images": frames[1:], "duration": durations}
        if loop is not None:
            options["loop"] = loop
    buffer = io.BytesIO()
    first.save(buffer, output_format, **options)
    return buffer.getvalue(), output_format


def _drawable(frame):
    frame.info = {key: value for key, value in frame.info.items() if key in DRAWING_INFO}
    return frame


def fitted_size(width, height, box_width, box_height):
    """The (width, height) an image of ``width`` × ``height`` has once resized to fit the box.

    Mirrors ``ResizeToFit(box_width, box_height, upscale=False)``, so templates can
    write exact ``width``/``height`` attributes without opening the rendition.
    """
    if not width or not height:
        return (box_width, box_height)
    ratio = min(box_width / width, box_height / height, 1)
    return (max(1, round(width * ratio)), max(1, round(height * ratio)))


ALT_HELP = _(
    "What the image shows, in a sentence: read out by screen readers and shown when the image cannot be loaded."
)
ALT_REQUIRED = _("Describe the image (alternative text) for screen readers and for when the image cannot be shown.")


def alt_text_field(max_length=150):
    """The ``alt`` field of a model whose image is content (gallery, banner, honor); :func:`require_alt_text`
    makes it required once an image is given. Blank in the database, so rows without an image stay valid."""
    return models.CharField(_("image description"), max_length=max_length, blank=True, help_text=ALT_HELP)


def require_alt_text(instance, image_field="image", alt_field="alt"):
    """For a model's ``clean()``: an image without an alt text is refused, on the alt field, in the admin and
    in every model form."""
    if getattr(instance, image_field) and not (getattr(instance, alt_field) or "").strip():
        raise ValidationError({alt_field: ALT_REQUIRED}, code="alt_required")


_rendition_names = {}
RENDITION_NAMES_KEPT = 100_000


def remembered_source_name_as_path(generator):
    """imagekit's ``source_name_as_path`` namer, remembered per image spec and source file name.

    The name holds a hash of the spec that imagekit works out by pickling it in pure Python on
    every access to a rendition (``product.card.url``): about 0.07 ms each, 3–4 ms on a page
    with fifty images. The name depends only on the spec (its class, one per ``ImageSpecField``,
    holds the processors, format and options) and the source's name, so it is kept per process.
    Set as ``IMAGEKIT_SPEC_CACHEFILE_NAMER``.
    """
    key = (type(generator), getattr(generator.source, "name", None))
    name = _rendition_names.get(key)
    if name is None:
        name = namers.source_name_as_path(generator)
        if len(_rendition_names) < RENDITION_NAMES_KEPT:
            _rendition_names[key] = name
    return name
