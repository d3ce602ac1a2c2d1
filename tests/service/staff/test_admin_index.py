"""The admin home's "需要处理" panel shows how many new items wait in each inbox the user may view, and only those."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.attention import attention_rows

from .conftest import make_message, make_repair

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def counts(client):
    rows = attention_rows(client.get(INDEX))
    if rows is None:
        return None
    return {href: count for href, (_label, count) in rows.items() if "/service/" in href}


@pytest.fixture
def waiting(product):
    make_message(), make_message(), make_message(status="answered")
    make_message(products=[product]), make_message(products=[product], status="closed")
    make_repair(), make_repair(), make_repair(), make_repair(status="in_progress")


@pytest.mark.parametrize("superuser", [False, True], ids=["service", "superuser"])
def test_service_and_superusers_see_the_new_items_of_each_inbox(staff_client, waiting, superuser):
    client, _user = staff_client(None if superuser else "Service", superuser=superuser)
    assert counts(client) == {
        reverse("admin:service_plainmessage_changelist") + "?status__exact=new": 2,
        reverse("admin:service_inquiry_changelist") + "?status__exact=new": 1,
        reverse("admin:service_repairrequest_changelist") + "?status__exact=new": 3,
    }


def test_the_count_follows_the_work(service, waiting):
    client, _user = service
    make_repair()
    assert counts(client)[reverse("admin:service_repairrequest_changelist") + "?status__exact=new"] == 4


def test_a_user_sees_counts_only_of_the_inboxes_they_may_view(staff_client, waiting):
    client, user = staff_client(None)
    assert counts(client) is None
    user.user_permissions.add(Permission.objects.get(codename="view_repairrequest"))
    assert counts(client) == {reverse("admin:service_repairrequest_changelist") + "?status__exact=new": 3}


@pytest.mark.parametrize("group", ["Editors", "HR"])
def test_editors_and_hr_see_no_inbox_count(staff_client, waiting, group):
    client, _user = staff_client(group)
    assert counts(client) == {}


def test_the_counts_cost_two_queries_whatever_the_numbers(service, waiting):
    client, _user = service
    client.get(INDEX)
    with CaptureQueriesContext(connection) as few:
        client.get(INDEX)
    for _ in range(30):
        make_message(), make_repair()
    with CaptureQueriesContext(connection) as many:
        client.get(INDEX)
    assert len(few) == len(many)
    assert sum("service_" in q["sql"] for q in many.captured_queries) == 2
