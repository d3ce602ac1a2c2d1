import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.factories import image_file
from products.factories import CaseFactory, ProductFactory, SpecFieldFactory, VideoFactory
from products.models import Video
from products.models.catalog import normalize_model_number
from products.validators import validate_mp4_file, validate_pdf_file, validate_video_embed_url


@pytest.mark.parametrize(
    ("typed", "key"),
    [("KD-68S", "kd68s"), ("kd 68 s", "kd68s"), ("KD_68-S", "kd68s"), ("KRB-1.6", "krb16"), ("", "")],
)
def test_model_numbers_normalize_without_separators_or_case(typed, key):
    assert normalize_model_number(typed) == key


@pytest.mark.parametrize(
    "url",
    [
        "https://player.bilibili.com/player.html?bvid=BV1xx411c7mD",
        "https://v.qq.com/txp/iframe/player.html?vid=x",
        "https://player.youku.com/embed/XNDk",
    ],
)
def test_embeds_from_players_that_work_in_china_are_accepted(url):
    validate_video_embed_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://player.bilibili.com/player.html",  # not https
        "https://www.youtube.com/embed/x",
        "https://player.bilibili.com.evil.example/x",
        "https://evil.example/?https://player.bilibili.com/",
        "javascript:alert(1)",
        # What a browser reads as another host (or where browsers and Python disagree):
        "https://evil.example\\@player.bilibili.com/player.html",  # a browser goes to evil.example
        "https://evil.example\\.player.bilibili.com/player.html",
        "https://evil.example@player.bilibili.com/player.html",  # user info
        "https://player.bilibili.com@evil.example/player.html",
        "https://:@player.bilibili.com/player.html",
        "https://player.bilibili.com:443/player.html",  # ports
        "https://player.bilibili.com:8443/player.html",
        "https://player.bilibili.com\\player.html",
        "https:\\\\player.bilibili.com/player.html",
        "https:///player.bilibili.com/player.html",  # a browser skips the extra slash, Python does not
        "https:/player.bilibili.com/player.html",
        "https:player.bilibili.com/player.html",
        "https://evil.example\t@player.bilibili.com/player.html",  # browsers drop tabs and newlines
        "https://evil.example\n@player.bilibili.com/player.html",
        "https://player.bilibili.com/\nplayer.html",
        " https://player.bilibili.com/player.html",
        "https://player.bilibili.com /player.html",
        "https://player.bilibili.com/player.html\x00",
        "https://PLAYER.bilibili.com/player.html",  # mixed case
        "HTTPS://player.bilibili.com/player.html",
        "https://player.bilibili.com./player.html",  # trailing dot
        "https://ｐlayer.bilibili.com/player.html",  # full-width p, which browsers map to ASCII
        "https://player。bilibili.com/player.html",  # ideographic full stop
        "https://player%2ebilibili.com/player.html",
        "https://127.0.0.1/player.html",  # IP literals
        "https://[::1]/player.html",
        "https://0x7f000001/player.html",
        "https://player.bilibili.com",  # no path
        "https://player.bilibili.com?x=1",
        "",
    ],
)
def test_other_embeds_are_refused(url):
    with pytest.raises(ValidationError):
        validate_video_embed_url(url)


def test_every_embed_address_accepted_is_an_allowed_host_to_a_browser(settings):
    """Mutate good addresses with the characters URL parsers disagree on: whatever passes, a WHATWG
    parser (ada, what browsers implement) must read as https on an allowed host."""
    ada_url = pytest.importorskip("ada_url")
    tricky = ["\\", "@", ":", "/", ".", "%", "#", "?", "\t", "\n", " ", "\x00", "[", "。", "ｐ", "Ｐ", "\u00ad"]
    good = [
        "https://player.bilibili.com/player.html?bvid=BV1xx411c7mD",
        "https://v.qq.com/txp/iframe/player.html?vid=x",
        "https://player.youku.com/embed/XNDk",
    ]
    accepted = 0
    for url in good:
        for at in range(0, 30):
            for char in tricky:
                for candidate in (url[:at] + char + url[at:], url[:at] + char + url[at + 1 :]):
                    try:
                        validate_video_embed_url(candidate)
                    except ValidationError:
                        continue
                    accepted += 1
                    parsed = ada_url.URL(candidate)
                    assert parsed.protocol == "https:" and parsed.hostname in settings.VIDEO_EMBED_HOSTS, candidate
    assert accepted  # some harmless mutations (in the path) do pass


def test_a_video_needs_exactly_one_of_file_or_embed(db):
    with pytest.raises(ValidationError):
        Video(title="空").clean()
    both = Video(title="两者", embed_url="https://player.bilibili.com/x")
    both.file.name = "videos/a.mp4"
    with pytest.raises(ValidationError):
        both.clean()
    VideoFactory().clean()


@pytest.mark.parametrize(
    ("content", "valid"),
    [(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00", True), (b"MZ\x90\x00" + b"\x00" * 20, False), (b"ftyp", False)],
)
def test_mp4_uploads_are_checked_by_content(content, valid):
    upload = SimpleUploadedFile("v.mp4", content)
    if valid:
        validate_mp4_file(upload)
    else:
        with pytest.raises(ValidationError):
            validate_mp4_file(upload)


def test_a_pdf_brochure_is_checked_by_content():
    validate_pdf_file(SimpleUploadedFile("b.pdf", b"%PDF-1.4\n..."))
    with pytest.raises(ValidationError):
        validate_pdf_file(SimpleUploadedFile("b.pdf", b"<html>not a pdf</html>"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [("18", "26", "18–26"), ("20", "20", "20"), ("1.5", "3", "1.5–3"), (None, "7", "7"), (None, None, "")],
)
def test_tonnage_range_reads_naturally(low, high, shown):
    product = ProductFactory(carrier_min_t=Decimal(low) if low else None, carrier_max_t=Decimal(high) if high else None)
    assert product.tonnage_range == shown


@pytest.mark.django_db
def test_spec_fields_belong_to_a_product_type_not_a_subcategory(catalog):
    with pytest.raises(ValidationError):
        SpecFieldFactory.build(category=catalog["side"], name="错误").clean()


MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def test_a_video_file_must_be_named_mp4():
    with pytest.raises(ValidationError) as error:
        validate_mp4_file(SimpleUploadedFile("clip.html", MP4))
    assert error.value.code == "extension_mismatch"


def test_a_video_file_is_stored_under_a_random_mp4_name_that_the_next_save_keeps(db, settings):
    video = VideoFactory(embed_url="", file=SimpleUploadedFile("我的 视频.mp4", MP4))
    assert re.fullmatch(r"videos/[0-9a-f]{32}\.mp4", video.file.name)
    stored = video.file.name
    video.title = "改名"
    video.save()
    video.refresh_from_db()
    assert video.file.name == stored
    assert (settings.MEDIA_ROOT / stored).read_bytes() == MP4
    assert len(list((settings.MEDIA_ROOT / "videos").iterdir())) == 1


@pytest.mark.django_db
def test_product_and_case_covers_are_stored_in_their_own_folders_with_the_same_card():
    product = ProductFactory(with_cover=True)
    case = CaseFactory(cover=image_file("cover.jpg", (1200, 900)))
    assert re.fullmatch(r"products/[0-9a-f]{32}\.jpg", product.cover.name)
    assert re.fullmatch(r"cases/[0-9a-f]{32}\.jpg", case.cover.name)
    assert (product.cover_width, product.cover_height) == (case.cover_width, case.cover_height) == (1200, 900)
    assert product.card.width == case.card.width == 400 and product.card.height == case.card.height == 300
