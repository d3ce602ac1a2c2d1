"""Query budget: ≤ 10 per public service page, the same with 10 and with 500 of everything."""

import pytest
from django.test import Client
from django.utils import timezone

from pages.factories import PageFactory, SiteSettingsFactory
from products.factories import ProductFactory
from service.models import Message, Office, RepairRequest, RepairStep
from service.provinces import PROVINCES, region_of
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
BUDGET = 10


def grow(total):
    codes = [code for code, _name in PROVINCES]
    Office.objects.bulk_create(
        Office(name=f"网点{n}", province=codes[n % 34], region=region_of(codes[n % 34]), city="城市",
               provinces_covered=[codes[n % 34], codes[(n + 1) % 34]], order=n)
        for n in range(Office.objects.count(), total)
    )  # fmt: skip
    RepairStep.objects.bulk_create(
        RepairStep(title=f"步骤{n}", text="说明", order=n) for n in range(RepairStep.objects.count(), total)
    )
    now = timezone.now()
    Message.objects.bulk_create(
        Message(reference=f"LYQ{n:09d}", submission_key=f"q{n}", name="王", phone="+8613812345678",
                province="hunan", subject=f"主题{n}", body="内容", on_board=bool(n % 2), public_reply="回复",
                replied_at=now)
        for n in range(Message.objects.count(), total)
    )  # fmt: skip
    RepairRequest.objects.bulk_create(
        RepairRequest(reference=f"WXQ{n:09d}", submission_key=f"r{n}", contact_name="李", phone="+8613923456789",
                      province="hunan", brand_model="KD", fault="漏油")
        for n in range(RepairRequest.objects.count(), total)
    )  # fmt: skip


@pytest.fixture
def service_site():
    SiteSettingsFactory()
    for root, children in (("repair", ("process", "request")), ("service", ("after-sales", "message")),
                           ("contact", ("network",))):  # fmt: skip
        parent = PageFactory(title=root, slug=root)
        for slug in children:
            PageFactory(title=slug, slug=slug, parent=parent)
    ProductFactory(slug="kd-68")
    ProductFactory(slug="kd-90")


PAGES = {
    "repair": "/repair/",
    "process": "/repair/process/",
    "request": "/repair/request/",
    "status": "/repair/status/",
    "message": "/service/message/",
    "message-board-page-2": "/service/message/?page=2",
    "inquiry": "/service/message/?product=kd-68&product=kd-90&product=unknown",
    "contact": "/contact/",
    "network": "/contact/network/",
    "network-filtered": "/contact/network/?province=hunan",
}


@pytest.mark.parametrize("page", list(PAGES))
def test_service_page_query_count_is_within_budget_and_independent_of_size(service_site, page):
    url = PAGES[page]
    grow(10)
    small = count_queries(Client(), url)
    grow(500)
    large = count_queries(Client(), url)
    assert small == large <= BUDGET, (small, large)
