"""Uploaded images are stored upright, re-encoded with no metadata but the colour profile, under a random name."""

import io
import re
import struct

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageChops, ImageCms, PngImagePlugin

from core.factories import image_file
from pages.factories import BannerFactory
from pages.models import Banner

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


def test_an_image_without_metadata_is_stored_with_the_same_pixels(settings):
    upload = image_file("plain.png", (300, 100), color=(10, 200, 30), image_format="PNG")
    banner = BannerFactory(image=upload)
    upload.seek(0)
    with Image.open(upload) as original, Image.open(settings.MEDIA_ROOT / banner.image.name) as stored:
        assert stored.format == "PNG"
        assert not ImageChops.difference(original.convert("RGB"), stored.convert("RGB")).getbbox()


def test_saving_again_does_not_touch_the_stored_file(settings):
    banner = BannerFactory(image=phone_photo())
    stored = (settings.MEDIA_ROOT / banner.image.name).read_bytes()
    banner.title = "新标题"
    banner.save()
    assert (settings.MEDIA_ROOT / banner.image.name).read_bytes() == stored


SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="26,53.9N"'
    b' exif:GPSLongitude="112,34.2E"/></rdf:RDF></x:xmpmeta>'
)
SECRETS = [b"Phone Maker", b"GPSLatitude", b"112,34.2E", b"secret note"]


def stored_bytes(settings, field_file):
    return (settings.MEDIA_ROOT / field_file.name).read_bytes()


def test_a_jpeg_keeps_its_colour_profile_and_loses_exif_gps_xmp_and_comments(settings):
    image = Image.new("RGB", (300, 200), (40, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "Phone Maker"
    exif[0x8825] = {1: "N", 2: (26.0, 53.0, 54.0)}  # GPS latitude
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, xmp=XMP, icc_profile=SRGB, comment=b"secret note")
    banner = BannerFactory(image=SimpleUploadedFile("photo.jpg", buffer.getvalue()))
    content = stored_bytes(settings, banner.image)
    assert not [secret for secret in SECRETS if secret in content]
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()
        assert not {"exif", "xmp", "comment"} & set(stored.info)
        assert stored.info["icc_profile"] == SRGB


def test_a_jpeg_with_only_xmp_gps_is_re_encoded_without_it(settings):
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(buffer, "JPEG", xmp=XMP)
    banner = BannerFactory(image=SimpleUploadedFile("photo.jpg", buffer.getvalue()))
    assert b"GPSLatitude" not in stored_bytes(settings, banner.image)


def png_chunk_types(content):
    types, position = [], 8
    while position < len(content):
        length, kind = struct.unpack(">I4s", content[position : position + 8])
        types.append(kind.decode())
        position += 12 + length
    return types


def test_a_png_loses_its_text_chunks_but_keeps_its_colour_profile(settings):
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "secret note")
    text.add_text("Author", "Phone Maker", zip=True)
    text.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buffer = io.BytesIO()
    Image.new("RGBA", (64, 48), (10, 20, 30, 128)).save(buffer, "PNG", pnginfo=text, icc_profile=SRGB)
    assert {"tEXt", "zTXt", "iTXt"} <= set(png_chunk_types(buffer.getvalue()))
    banner = BannerFactory(image=SimpleUploadedFile("drawing.png", buffer.getvalue()))
    content = stored_bytes(settings, banner.image)
    assert set(png_chunk_types(content)) == {"IHDR", "iCCP", "IDAT", "IEND"}
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.mode == "RGBA" and stored.info["icc_profile"] == SRGB


def test_a_webp_keeps_its_colour_profile_and_loses_exif_and_xmp(settings):
    exif = Image.Exif()
    exif[0x010F] = "Phone Maker"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 20, 30)).save(buffer, "WEBP", exif=exif, xmp=XMP, icc_profile=SRGB)
    banner = BannerFactory(image=SimpleUploadedFile("photo.webp", buffer.getvalue()))
    content = stored_bytes(settings, banner.image)
    assert not [secret for secret in SECRETS if secret in content]
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.format == "WEBP" and stored.info["icc_profile"] == SRGB


def animated_gif():
    """Three frames of 100, 200 and 300 ms, looping twice, with a comment and an XMP packet."""
    frames = [Image.new("RGB", (40, 30), color) for color in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=2, comment=b"secret note"
    )
    content = buffer.getvalue()
    packet = b"".join(bytes([len(part)]) + part for part in re.findall(rb".{1,255}", XMP, re.DOTALL)) + b"\x00"
    xmp_extension = b"!\xff\x0bXMP DataXMP" + packet
    netscape = content.index(b"!\xff\x0bNETSCAPE2.0")
    return content[:netscape] + xmp_extension + content[netscape:]


def test_an_animated_gif_keeps_its_frames_durations_and_loop_but_not_its_comment_or_xmp(settings):
    banner = BannerFactory(image=SimpleUploadedFile("anim.gif", animated_gif()))
    content = stored_bytes(settings, banner.image)
    assert not [secret for secret in SECRETS if secret in content]
    assert b"XMP DataXMP" not in content
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.format == "GIF"
        assert stored.n_frames == 3
        assert stored.info["loop"] == 2
        durations = []
        for frame in range(stored.n_frames):
            stored.seek(frame)
            durations.append(stored.info["duration"])
        assert durations == [100, 200, 300]
        assert "comment" not in stored.info


def test_an_upload_is_stored_under_a_random_name_with_the_extension_of_its_format(settings):
    content = image_file(size=(50, 40), image_format="PNG").read()
    first = BannerFactory(image=SimpleUploadedFile("x.html", content, "text/html"))
    second = BannerFactory(image=SimpleUploadedFile("x.html", content, "text/html"))
    assert re.fullmatch(r"banners/[0-9a-f]{32}\.png", first.image.name)
    assert first.image.name != second.image.name
    assert (settings.MEDIA_ROOT / first.image.name).exists()


def test_a_multi_picture_jpeg_from_a_phone_is_stored_as_a_jpeg(settings):
    pictures = [Image.new("RGB", (80, 60), color) for color in ((200, 0, 0), (0, 0, 200))]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "MPO", save_all=True, append_images=pictures[1:])
    banner = BannerFactory(image=SimpleUploadedFile("photo.jpg", buffer.getvalue()))
    assert banner.image.name.endswith(".jpg")
    with Image.open(settings.MEDIA_ROOT / banner.image.name) as stored:
        assert stored.format == "JPEG" and stored.size == (80, 60)


def test_a_new_image_replaces_the_old_one_with_its_own_size_and_renditions(settings):
    banner = BannerFactory(image=image_file("a.jpg", (1600, 600)))
    old_name, old_rendition = banner.image.name, banner.image_large.name
    banner = Banner.objects.get(pk=banner.pk)
    banner.image = SimpleUploadedFile("b.png", image_file(size=(900, 300), image_format="PNG").read())
    banner.save()
    banner.refresh_from_db()
    assert banner.image.name != old_name and banner.image.name.endswith(".png")
    assert (banner.image_width, banner.image_height) == (900, 300)
    assert banner.image_large.name != old_rendition
    with Image.open(settings.MEDIA_ROOT / banner.image_large.name) as rendition:
        assert rendition.size == (900, 300)


def test_an_image_saved_without_validation_is_still_checked_before_it_is_stored(settings):
    settings.MAX_IMAGE_SIDE = 100
    with pytest.raises(ValidationError):
        BannerFactory(image=image_file("big.jpg", (200, 50)))
    assert list(settings.MEDIA_ROOT.rglob("*.*")) == []


def test_every_public_image_field_refuses_a_bmp_without_naming_the_validator():
    from django.apps import apps

    from core.fields import UprightImageField

    bmp = io.BytesIO()
    Image.new("RGB", (20, 20)).save(bmp, "BMP")
    fields = [f for model in apps.get_models() for f in model._meta.fields if isinstance(f, UprightImageField)]
    assert len(fields) >= 10
    for field in fields:
        with pytest.raises(ValidationError):
            field.run_validators(SimpleUploadedFile("picture.jpg", bmp.getvalue()))
