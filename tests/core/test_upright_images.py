"""Uploaded photos are stored upright, with their size right and no EXIF (no GPS position) left."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from pages.factories import BannerFactory, image_file

pytestmark = pytest.mark.django_db


def phone_photo(size=(400, 200), image_format="JPEG"):
    image = Image.new("RGB", size, (40, 90, 160))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90° clockwise
    exif[0x010F] = "Phone Maker"
    exif[0x8825] = {1: "N", 2: (27.0, 53.0, 0.0)}  # GPS latitude
    buffer = io.BytesIO()
    image.save(buffer, image_format, exif=exif)
    return SimpleUploadedFile(f"photo.{image_format.lower()}", buffer.getvalue())


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_a_phone_photo_is_stored_upright_without_exif(settings, image_format):
    banner = BannerFactory(image=phone_photo(image_format=image_format))
    banner.refresh_from_db()
    assert (banner.image_width, banner.image_height) == (200, 400)
    with Image.open(settings.MEDIA_ROOT / banner.image.name) as stored:
        assert stored.format == image_format
        assert stored.size == (200, 400)
        assert not stored.getexif()


def test_an_image_without_exif_is_stored_byte_for_byte(settings):
    upload = image_file("plain.png", (300, 100), image_format="PNG")
    original = upload.read()
    upload.seek(0)
    banner = BannerFactory(image=upload)
    assert (settings.MEDIA_ROOT / banner.image.name).read_bytes() == original


def test_saving_again_does_not_touch_the_stored_file(settings):
    banner = BannerFactory(image=phone_photo())
    stored = (settings.MEDIA_ROOT / banner.image.name).read_bytes()
    banner.title = "新标题"
    banner.save()
    assert (settings.MEDIA_ROOT / banner.image.name).read_bytes() == stored
