import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

pytestmark = pytest.mark.django_db

URL = "/ckeditor5/image_upload/"


def jpeg_with_exif(size=(40, 20)):
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "Secret Camera Maker"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return SimpleUploadedFile("我的 照片.jpg", buffer.getvalue(), "image/jpeg")


def test_widget_posts_to_our_upload_endpoint():
    assert reverse("ck_editor_5_upload_file") == URL


def test_staff_upload_is_stored_upright_without_metadata_under_a_random_name(admin_client, settings):
    response = admin_client.post(URL, {"upload": jpeg_with_exif()})
    assert response.status_code == 200
    url = json.loads(response.content)["url"]
    assert url.startswith("/media/uploads/editor/") and url.endswith(".jpg")
    assert "照片" not in url
    stored = settings.MEDIA_ROOT / url.removeprefix("/media/")
    with Image.open(stored) as image:
        assert image.size == (20, 40)  # orientation applied
        assert not image.getexif()


def png_with_text():
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "GPS 26.89N 112.57E")
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (0, 90, 0)).save(buffer, "PNG", pnginfo=text)
    return SimpleUploadedFile("chart.png", buffer.getvalue(), "image/png")


def animated_gif_with_comment():
    frames = [Image.new("RGB", (30, 20), color) for color in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=80, comment="GPS 26.89N 112.57E")
    return SimpleUploadedFile("anim.gif", buffer.getvalue(), "image/gif")


@pytest.mark.parametrize(("make_upload", "frames"), [(png_with_text, 1), (animated_gif_with_comment, 3)])
def test_staff_upload_is_re_encoded_without_text_or_comments(admin_client, settings, make_upload, frames):
    upload = make_upload()
    response = admin_client.post(URL, {"upload": upload})
    assert response.status_code == 200
    url = json.loads(response.content)["url"]
    assert re.fullmatch(r"/media/uploads/editor/\d{4}/\d{2}/[0-9a-f]{32}\.(png|gif)", url)
    stored = settings.MEDIA_ROOT / url.removeprefix("/media/")
    assert b"GPS" not in stored.read_bytes()
    with Image.open(stored) as image:
        assert image.n_frames == frames


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("a.jpg", b"MZ executable", "image/jpeg"),
        SimpleUploadedFile("a.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"),
        SimpleUploadedFile("a.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    ],
    ids=["exe", "svg", "truncated-png"],
)
def test_upload_that_is_not_an_image_is_refused_with_a_message(admin_client, upload):
    response = admin_client.post(URL, {"upload": upload})
    assert response.status_code == 400
    assert json.loads(response.content)["error"]["message"] == "该文件不是有效的图片。"


def test_upload_without_a_file_is_refused_in_chinese(admin_client):
    response = admin_client.post(URL, {})
    assert response.status_code == 400
    assert json.loads(response.content)["error"]["message"] == "请选择要上传的图片。"


def test_visitors_cannot_upload_and_are_told_in_chinese(client):
    response = client.post(URL, {"upload": jpeg_with_exif()})
    assert response.status_code == 403
    assert json.loads(response.content)["error"]["message"] == "只有工作人员可以上传文件。"


def test_upload_needs_post(admin_client):
    assert admin_client.get(URL).status_code == 405
