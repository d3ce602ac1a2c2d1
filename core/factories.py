"""Test data every app's factories share."""

import io

from django.core.files.base import ContentFile
from PIL import Image


def image_file(name="image.jpg", size=(640, 480), color=(18, 58, 99), image_format="JPEG"):
    """A real image file in memory."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, image_format)
    return ContentFile(buffer.getvalue(), name=name)
