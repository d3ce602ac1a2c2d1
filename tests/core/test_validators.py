import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.validators import validate_image_file


def upload(image_format="PNG", size=(10, 10), name="x.png"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 100, 0)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_common_web_image_formats_are_accepted(image_format):
    validate_image_file(upload(image_format))


def test_other_image_formats_are_refused():
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload("BMP", name="x.bmp"))
    assert error.value.code == "invalid_format"


def test_a_file_that_is_not_an_image_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_image_file(SimpleUploadedFile("x.jpg", b"%PDF-1.4 not an image"))
    assert error.value.code == "invalid_image"


def test_an_oversized_file_is_refused(settings):
    settings.MAX_IMAGE_UPLOAD_SIZE = 100
    with pytest.raises(ValidationError) as error:
        validate_image_file(upload(size=(200, 200)))
    assert error.value.code == "too_large"


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
