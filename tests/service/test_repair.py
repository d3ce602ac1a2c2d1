"""The repair request with photos, and the status lookup: photos checked before anything is stored,
stored together with their record or not at all, private, re-encoded; one answer for any mismatch."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from core.models import OutgoingMail
from products.factories import CategoryFactory
from service.factories import RepairRequestFactory
from service.models import RepairPhoto, RepairRequest
from tests.images import huge_flat_png

from .conftest import hidden_fields, photo, private_files

pytestmark = pytest.mark.django_db
URL = "/repair/request/"
STATUS = "/repair/status/"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def valid_data(client, **overrides):
    data = {
        **hidden_fields(client, URL),
        "contact_name": "李师傅",
        "phone": "139 2345 6789",
        "email": "li@example.com",
        "company": "衡阳土方公司",
        "province": "hunan",
        "brand_model": "科德 KD-140",
        "serial_number": "KD140-2023",
        "fault": "打击无力，前缸体漏油。",
        "preferred_time": "morning",
        "photos": [photo()],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def jpeg_with_gps():
    image = Image.new("RGB", (400, 300), (200, 100, 50))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # orientation: rotated
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return SimpleUploadedFile("IMG_0001.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_a_request_with_photos_is_stored_privately_re_encoded_and_routed(
    hunan_office, site_settings, settings, django_capture_on_commit_callbacks
):
    breaker = CategoryFactory(name="破碎锤", slug="breakers")
    client = Client()
    data = valid_data(
        client, equipment_type=str(breaker.pk), photos=[jpeg_with_gps(), photo("b.png", image_format="PNG")]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, data)
    assert response.status_code == 302 and response.url == "/repair/request/thanks/"
    repair = RepairRequest.objects.get()
    assert repair.reference.startswith("WX") and repair.office == hunan_office
    assert repair.equipment_type == breaker and repair.phone == "+8613923456789"
    photos = list(repair.photos.all())
    assert len(photos) == 2
    for item in photos:
        assert item.image.name.startswith("repairs/") and "IMG_0001" not in item.image.name
        assert (settings.PRIVATE_MEDIA_ROOT / item.image.name).is_file()
        with Image.open(settings.PRIVATE_MEDIA_ROOT / item.image.name) as stored:
            assert not stored.getexif()
    assert (photos[0].width, photos[0].height) == (300, 400)  # turned upright
    assert not (settings.MEDIA_ROOT / "repairs").exists()
    assert repair.reference in client.get(response.url).content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["changsha@kedegroup.cn", "li@example.com"]
    # The second time: same key, nothing more stored.
    assert client.post(URL, {**data, "photos": [photo()]}).status_code == 302
    assert RepairRequest.objects.count() == 1 and RepairPhoto.objects.count() == 2


def test_photos_are_optional(site_settings):
    client = Client()
    assert client.post(URL, valid_data(client, photos=None)).status_code == 302
    assert RepairRequest.objects.get().photos.count() == 0


def test_a_sub_category_is_no_equipment_type(site_settings):
    root = CategoryFactory(name="破碎锤", slug="breakers")
    child = CategoryFactory(name="侧置式", slug="side", parent=root)
    client = Client()
    response = client.post(URL, valid_data(client, equipment_type=str(child.pk)))
    assert response.status_code == 200 and "equipment_type" in response.context["form"].errors


def six_mb_jpeg():
    # A real JPEG padded past 5 MB: the size is judged by the bytes received, whatever the name.
    content = photo().read() + b"\0" * (6 * 1024 * 1024)
    return SimpleUploadedFile("small.jpg", content, content_type="image/jpeg")


BAD_PHOTOS = {
    "sixth photo": lambda: [photo(f"{n}.jpg") for n in range(6)],
    "6 MB photo": lambda: [photo(), six_mb_jpeg()],
    "not an image": lambda: [SimpleUploadedFile("fault.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")],
    "decompression bomb": lambda: [SimpleUploadedFile("bomb.png", huge_flat_png(), content_type="image/png")],
    "empty file": lambda: [photo(), SimpleUploadedFile("empty.jpg", b"", content_type="image/jpeg")],
}


@pytest.mark.parametrize("case", BAD_PHOTOS)
def test_bad_photos_are_refused_next_to_the_field_and_nothing_is_stored(site_settings, settings, case):
    client = Client()
    response = client.post(URL, valid_data(client, photos=BAD_PHOTOS[case]()))
    assert response.status_code == 200
    errors = response.context["form"].errors["photos"]
    assert all(CHINESE.search(message) for message in errors)
    html = response.content.decode()
    assert "李师傅" in html and "打击无力" in html  # input kept
    assert RepairRequest.objects.count() == 0 and RepairPhoto.objects.count() == 0
    assert private_files(settings) == [] and OutgoingMail.objects.count() == 0


BAD_INPUT = [
    ("contact_name", "  "),
    ("contact_name", "李\n师傅"),
    ("brand_model", ""),
    ("brand_model", "KD\r\nX-Header: 1"),
    ("fault", "\n\n"),
    ("fault", "漏" * 100_000),
    ("phone", "110"),
    ("email", "li@"),
    ("province", "mars"),
    ("preferred_time", "midnight"),
    ("equipment_type", "99999"),
]


@pytest.mark.parametrize(("field", "value"), BAD_INPUT)
def test_bad_input_is_refused_in_chinese_and_nothing_is_stored(site_settings, settings, field, value):
    client = Client()
    response = client.post(URL, valid_data(client, **{field: value}))
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert all(CHINESE.search(message) for message in errors)
    assert RepairRequest.objects.count() == 0 and private_files(settings) == []


def test_no_record_without_its_photos_and_no_photo_file_without_its_record(site_settings, settings, monkeypatch):
    """The third photo fails while it is being stored: the request, the first two photos and their files go."""
    import core.fields

    real = core.fields.reencode_image
    calls = []

    def failing(file):
        calls.append(file)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(file)

    monkeypatch.setattr(core.fields, "reencode_image", failing)
    client = Client(raise_request_exception=False)
    response = client.post(URL, valid_data(client, photos=[photo("1.jpg"), photo("2.jpg"), photo("3.jpg")]))
    assert response.status_code == 500
    assert len(calls) == 3
    assert RepairRequest.objects.count() == 0 and RepairPhoto.objects.count() == 0
    assert private_files(settings) == []
    assert OutgoingMail.objects.count() == 0


def test_deleting_a_request_deletes_its_photo_files(site_settings, settings, django_capture_on_commit_callbacks):
    client = Client()
    client.post(URL, valid_data(client, photos=[photo("1.jpg"), photo("2.jpg")]))
    assert len(private_files(settings)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        RepairRequest.objects.get().delete()
    assert private_files(settings) == []


def lookup(client, reference, phone):
    data = {**hidden_fields(client, STATUS), "reference": reference, "phone": phone}
    return client.post(STATUS, data, follow=True)


def test_the_status_desk_shows_status_reply_and_dates_for_reference_and_phone(db):
    repair = RepairRequestFactory(phone="+8613923456789", status="answered", public_reply="已修好，<b>今日</b>发出。")
    from django.utils import timezone

    RepairRequest.objects.filter(pk=repair.pk).update(replied_at=timezone.now())
    client = Client()
    page = lookup(client, " " + repair.reference.lower() + " ", "139-2345-6789").content.decode()
    assert "已回复" in page and "已修好，&lt;b&gt;今日&lt;/b&gt;发出。" in page
    # the page shows Beijing's date, the day after UTC's between 00:00 and 08:00 there
    assert timezone.localtime(repair.created_at).strftime("%Y-%m-%d") in page
    assert repair.reference in page


def test_a_wrong_reference_and_a_wrong_phone_get_the_same_answer(db):
    repair = RepairRequestFactory(phone="+8613923456789")
    other = RepairRequestFactory(phone="+8613812345678")

    def answer(reference, phone):
        response = lookup(Client(), reference, phone)
        return response.context["form"].non_field_errors()

    wrong_reference = answer("WXAAAAAAAAAA", "13923456789")
    wrong_phone = answer(repair.reference, "13812345678")  # another request's phone
    invalid_phone = answer(repair.reference, "12")
    assert wrong_reference == wrong_phone == invalid_phone
    assert CHINESE.search(wrong_reference[0])
    assert other.reference not in str(lookup(Client(), repair.reference, "13812345678").content)


def test_status_lookups_are_rate_limited(db, settings):
    settings.FORM_RATE_LIMITS = {"service-status": "2/10m"}
    client = Client()
    for _ in range(2):
        lookup(client, "WXAAAAAAAAAA", "13923456789")
    data = {**hidden_fields(client, STATUS), "reference": "WXAAAAAAAAAA", "phone": "13923456789"}
    assert client.post(STATUS, data).status_code == 429
