import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from core.validators import validate_image_file
from tests.images import decoding_count, huge_flat_png, psd_bytes, record_parsing


def upload(image_format="PNG", size=(10, 10), name="x.png"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 100, 0)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_common_web_image_formats_are_accepted(image_format):
    validate_image_file(upload(image_format))


def image_bytes(image_format):
    if image_format == "PSD":
        return psd_bytes()
    return upload(image_format).read()


@pytest.mark.parametrize("image_format", ["BMP", "TIFF", "PSD"])
def test_other_image_formats_are_refused_in_chinese_without_being_parsed(monkeypatch, image_format):
    parsed = record_parsing(monkeypatch, image_format)
    file = SimpleUploadedFile("photo.jpg", image_bytes(image_format))
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        validate_image_file(file)
    assert error.value.code == "invalid_format"
    assert error.value.messages == [f"这是 {image_format} 图片，图片必须是 JPEG、PNG、WebP 或 GIF 格式。"]
    assert parsed == []


def test_a_small_png_of_huge_size_is_refused_from_its_header():
    content = huge_flat_png()
    assert len(content) < 1024 * 1024
    decoded = decoding_count()
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        validate_image_file(SimpleUploadedFile("poster.png", content))
    assert error.value.code == "too_many_pixels"
    assert error.value.messages == ["图片为 9400 × 9400 像素，超过了 50 百万像素的上限。"]
    assert decoding_count() == decoded  # only the header was read: no pixel memory was allocated


def test_an_image_wider_than_the_side_limit_is_refused():
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(10_001, 10)))
    assert error.value.code == "too_wide"
    assert error.value.messages == ["图片为 10001 × 10 像素，每边最多 10000 像素。"]


def test_an_image_within_the_limits_passes():
    validate_image_file(upload(size=(10_000, 10)))
    validate_image_file(upload(size=(7000, 7000)))


def test_the_decoded_size_limits_come_from_the_settings(settings):
    settings.MAX_IMAGE_SIDE = 50
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(60, 10)))
    assert error.value.code == "too_wide"
    settings.MAX_IMAGE_SIDE = 10_000
    settings.MAX_IMAGE_PIXELS = 30 * 30
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(40, 40)))
    assert error.value.code == "too_many_pixels"


def test_the_frames_of_an_animation_count_towards_the_pixel_limit(settings):
    settings.MAX_IMAGE_PIXELS = 3 * 20 * 20 - 1
    frames = [Image.new("RGB", (20, 20), color) for color in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    with pytest.raises(ValidationError) as error:
        validate_image_file(SimpleUploadedFile("a.gif", buffer.getvalue()))
    assert error.value.code == "too_many_pixels"


def test_a_file_that_is_not_an_image_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_image_file(SimpleUploadedFile("x.jpg", b"%PDF-1.4 not an image"))
    assert error.value.code == "invalid_image"


def test_an_oversized_file_is_refused(settings):
    settings.MAX_IMAGE_UPLOAD_SIZE = 100
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(200, 200)))
    assert error.value.code == "too_large"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50 * 50)
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(60, 60)))
    assert error.value.code == "too_many_pixels"


def test_the_file_position_is_restored_for_the_next_reader():
    file = upload()
    file.seek(3)
    validate_image_file(file)
    assert file.tell() == 3
