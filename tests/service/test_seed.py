"""The demo service content: every province covered, board messages with replies, requests with photos
in private storage, idempotent, every page answers."""

import json

import pytest
from django.core import serializers

import pages.demo
import products.demo
import service.demo
from service.models import Message, Office, RepairPhoto, RepairRequest, RepairStep
from service.provinces import PROVINCE_NAMES

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def seed_all():
    pages.demo.seed()
    products.demo.seed()
    return service.demo.seed()


def snapshot(settings):
    rows = []
    for model in (Office, RepairStep, Message, RepairRequest, RepairPhoto):
        rows.extend(json.loads(serializers.serialize("json", model.objects.order_by("pk"))))
    root = settings.PRIVATE_MEDIA_ROOT
    files = sorted((str(path.relative_to(root)), path.read_bytes()) for path in root.rglob("*") if path.is_file())
    return rows, files


def test_seeding_service_twice_changes_no_row_and_no_file(settings):
    seed_all()
    first = snapshot(settings)
    counts = service.demo.seed()
    assert snapshot(settings) == first
    assert counts["created"] == 0 and counts["updated"] == 0


def test_the_demo_network_covers_every_province_and_the_pages_answer(client, settings):
    seed_all()
    offices = list(Office.objects.published())
    assert len(offices) >= 15
    assert len({office.province for office in offices}) >= 10
    for code in PROVINCE_NAMES:
        assert Office.objects.route(code) is not None, code
    assert RepairStep.objects.published().count() >= 6
    board = list(Message.objects.on_board())
    assert len(board) >= 3 and all(message.public_reply and message.replied_at for message in board)
    assert Message.objects.filter(on_board=False).exists()
    requests = list(RepairRequest.objects.all())
    assert len(requests) >= 3
    for repair in requests:
        assert repair.office is not None
        photo = repair.photos.get()
        assert photo.image.name.startswith("repairs/") and (settings.PRIVATE_MEDIA_ROOT / photo.image.name).is_file()
        assert photo.width and photo.height
    assert not (settings.MEDIA_ROOT / "repairs").exists()
    for url in [
        "/repair/",
        "/repair/process/",
        "/repair/request/",
        "/repair/status/",
        "/service/",
        "/service/after-sales/",
        "/service/message/",
        "/contact/",
        "/contact/network/",
    ]:
        assert client.get(url).status_code == 200, url
    page = client.get("/service/message/").content.decode()
    assert board[0].subject in page and board[0].public_reply in page
    assert "陈先生" not in page  # not approved
