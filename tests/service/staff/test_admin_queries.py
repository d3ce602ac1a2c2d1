"""Each inbox costs the same number of queries with 10 and with 10,000 records, filtered, searched or paged."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from products.factories import CategoryFactory, ProductFactory
from service.models import Message, RepairPhoto, RepairRequest

from .conftest import make_office, make_repair

pytestmark = pytest.mark.django_db

PROVINCES = ["hunan", "guangdong", "beijing", "xizang", "shanghai"]


def grow(total, offices, products, categories, user):
    """Bulk-create messages, inquiries and repair requests until there are ``total`` of each."""
    existing = RepairRequest.objects.count()
    common = lambda n: {  # noqa: E731
        "phone": f"+86138{n:08d}", "province": PROVINCES[n % 5], "office": offices[n % 3] if n % 4 else None,
        "status": ["new", "in_progress", "answered", "closed"][n % 4], "assignee": user if n % 3 == 0 else None,
    }  # fmt: skip
    messages = Message.objects.bulk_create(
        Message(
            name=f"张{n}",
            subject=f"咨询{n}",
            body="请报价",
            kind="inquiry" if n % 2 else "message",
            reference=f"LYBULK{n:06d}",
            submission_key=f"m-{n}",
            on_board=n % 7 == 0,
            public_reply="好",
            **common(n),
        )  # fmt: skip
        for n in range(existing * 2, total * 2)
    )
    Message.products.through.objects.bulk_create(
        Message.products.through(message_id=m.pk, product_id=products[i % 3].pk)
        for i, m in enumerate(messages) if m.kind == "inquiry"
    )  # fmt: skip
    repairs = RepairRequest.objects.bulk_create(
        RepairRequest(
            contact_name=f"李{n}",
            brand_model="卡特 320D",
            fault="不打击",
            reference=f"WXBULK{n:06d}",
            submission_key=f"r-{n}",
            equipment_type=categories[n % 2],
            **common(n),
        )  # fmt: skip
        for n in range(existing, total)
    )
    RepairPhoto.objects.bulk_create(
        RepairPhoto(request=r, image=f"repairs/2026/11/{r.pk}.jpg", width=64, height=48) for r in repairs[::5]
    )


INBOXES = {
    "plainmessage": {"list": {}, "search": {"q": "张1"}, "phone": {"q": "138 0000"}, "status": {"status__exact": "new"},
                     "office": "office", "assigned": {"assigned": "me"}, "page-3": {"p": "3"}},
    "inquiry": {"list": {}, "type": "type", "province": {"province__exact": "hunan"}, "board": {"on_board__exact": "1"},
                "page-3": {"p": "3"}},
    "repairrequest": {"list": {}, "search": {"q": "李2"}, "equipment": "equipment", "office": "office",
                      "page-3": {"p": "3"}},
}  # fmt: skip


def measure(client, offices, categories):
    found = {}
    for inbox, views in INBOXES.items():
        url = reverse(f"admin:service_{inbox}_changelist")
        for name, params in views.items():
            if params == "office":
                params = {"office__id__exact": offices[1].pk}
            elif params == "type":
                params = {"product_type": categories[0].pk}
            elif params == "equipment":
                params = {"equipment_type__id__exact": categories[1].pk}
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, params)
            assert response.status_code == 200, (inbox, name)
            assert "?e=1" not in response.get("Location", ""), (inbox, name)
            found[f"{inbox}/{name}"] = len(queries)
    return found


def test_every_inbox_costs_the_same_with_10_and_10000_records(service):
    client, user = service
    offices = [make_office(), make_office(), make_office()]
    categories = [CategoryFactory(name="破碎锤"), CategoryFactory(name="挖斗")]
    products = [ProductFactory(category=categories[n % 2]) for n in range(3)]
    client.get(reverse("admin:service_plainmessage_changelist"))  # warm the session and the content types
    grow(10, offices, products, categories, user)
    small = measure(client, offices, categories)
    grow(10_000, offices, products, categories, user)
    large = measure(client, offices, categories)
    assert small == large
    assert max(large.values()) <= 14, large


def test_a_change_page_costs_the_same_with_1_and_5_photos(service):
    client, _user = service
    few, many = make_repair(photos=1), make_repair(photos=5)
    # Warm up first: on an empty cache the first request starts the content version and the second looks up its
    # next deadline (two queries), while the site settings are read once and cached: not the page's own cost.
    for repair in (few, many):
        client.get(reverse("admin:service_repairrequest_change", args=[repair.pk]))
    cost = {}
    for repair in (few, many):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("admin:service_repairrequest_change", args=[repair.pk])).status_code == 200
        cost[repair.photos.count()] = len(queries)
    assert cost[1] == cost[5]
