"""Helpers for uploaded images and their renditions."""

import io

from PIL import Image, ImageOps


def fitted_size(width, height, box_width, box_height):
    """The (width, height) an image of ``width`` × ``height`` has once resized to fit the box.

    Mirrors ``ResizeToFit(box_width, box_height, upscale=False)``, so templates can
    write exact ``width``/``height`` attributes without opening the rendition.
    """
    if not width or not height:
        return (box_width, box_height)
    ratio = min(box_width / width, box_height / height, 1)
    return (max(1, round(width * ratio)), max(1, round(height * ratio)))


def reencode_image(upload):
    """The image's bytes re-encoded in its own format, upright and without metadata (EXIF, GPS…)."""
    upload.seek(0)
    with Image.open(upload) as image:
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
    position = upload.tell()
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            return bool(image.getexif()) or "exif" in image.info
    except Exception:  # not an image: the field's validation reports it
        return False
    finally:
        upload.seek(position)
