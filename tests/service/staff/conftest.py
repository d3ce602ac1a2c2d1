"""The service desk's tests: staff clients of each group; messages, inquiries and requests as visitors leave them."""

import itertools

import pytest

from core.factories import image_file
from products.factories import CategoryFactory, ProductFactory
from service.models import Message, Office, RepairPhoto, RepairRequest

_numbers = itertools.count(1)


@pytest.fixture
def service(staff_client):
    return staff_client("Service", username="service-chen")


def make_office(**fields):
    n = next(_numbers)
    fields = {"name": f"办事处{n}", "region": "central", "province": "hunan", "city": "长沙",
              "email": f"office{n}@kede.example", "provinces_covered": ["hunan"], **fields}  # fmt: skip
    return Office.objects.create(**fields)


def make_message(*, products=(), **fields):
    n = next(_numbers)
    fields = {"name": f"张{n}", "phone": f"+86138{n:08d}", "province": "hunan", "subject": f"咨询{n}",
              "body": "请问价格？", "submission_key": f"key-{n}",
              "kind": Message.Kind.INQUIRY if products else Message.Kind.MESSAGE, **fields}  # fmt: skip
    message = Message.objects.create(**fields)
    if products:
        message.products.set(products)
    return message


def make_repair(*, photos=0, **fields):
    n = next(_numbers)
    fields = {"contact_name": f"李{n}", "phone": f"+86139{n:08d}", "province": "hunan", "brand_model": "卡特 320D",
              "fault": "破碎锤不打击", "submission_key": f"repair-{n}", **fields}  # fmt: skip
    repair = RepairRequest.objects.create(**fields)
    for i in range(photos):
        RepairPhoto.objects.create(request=repair, image=image_file(f"fault-{i}.jpg", size=(64, 48)))
    return repair


@pytest.fixture
def product():
    return ProductFactory(name="液压破碎锤 KD-68", category=CategoryFactory(name="破碎锤", slug="breakers"))
