"""HR's application list costs the same number of queries with 10 and with 10,000 applications."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careers.factories import JobFactory
from careers.models import Application

pytestmark = pytest.mark.django_db

LIST = reverse("admin:careers_application_changelist")
VIEWS = {
    "list": {},
    "search": {"q": "张"},
    "phone-search": {"q": "138 0000"},
    "duplicates": {"duplicate": "yes"},
    "status": {"status__exact": "new"},
    "page-3": {"p": "3"},
}


def grow(total, jobs):
    """Bulk-create applications until there are ``total``: every third from a phone seen before."""
    existing = Application.objects.count()
    Application.objects.bulk_create(
        Application(
            name=f"张{n}", phone=f"+86138{n % max(total // 3, 1):08d}", email="" if n % 2 else f"a{n}@example.com",
            education=Application.Education.BACHELOR, years_experience=n % 20, desired_position="工程师",
            job=jobs[n % len(jobs)] if n % 4 else None, consent_at="2026-11-01T08:00:00Z", privacy_version="2026-11",
            submission_key=f"bulk-{n}", reference=f"KDBULK{n:06d}",
        )
        for n in range(existing, total)
    )  # fmt: skip


def count_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, params)
    assert response.status_code == 200
    return len(queries)


def test_the_application_list_costs_the_same_with_10_and_10000_applications(hr):
    client, _user = hr
    jobs = JobFactory.create_batch(5)
    client.get(LIST)  # warm the session and the content types
    grow(10, jobs)
    small = {name: count_queries(client, params) for name, params in VIEWS.items()}
    grow(10_000, jobs)
    large = {name: count_queries(client, params) for name, params in VIEWS.items()}
    assert small == large
    assert max(large.values()) <= 12
