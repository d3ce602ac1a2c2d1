"""Query budget: ≤ 10 per public careers page, the same with 10 and with 1,000 openings."""

import datetime

import pytest
from django.utils import timezone

from careers.factories import JobFactory, PrivacyNoticeFactory, QuestionFactory
from careers.models import Job
from pages.factories import PageFactory, SiteSettingsFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
BUDGET = 10


def grow(total):
    existing = Job.objects.count()
    today = timezone.localdate()
    Job.objects.bulk_create(
        Job(
            title=f"批量职位{n}", slug=f"bulk-{n}", department=f"部门{n % 7}", location=f"城市{n % 5}",
            duties="<p>职责</p>", requirements="<p>要求</p>", posted_on=today - datetime.timedelta(days=n % 30),
            closes_on=None if n % 3 else today - datetime.timedelta(days=1 + n % 4),
        )
        for n in range(existing, total)
    )  # fmt: skip


@pytest.fixture
def careers_site():
    SiteSettingsFactory()
    section = PageFactory(title="加入科德", nav_title="人才招聘", slug="careers")
    for slug in ("training", "qa", "apply"):
        PageFactory(title=slug, slug=slug, parent=section)
    JobFactory(slug="open-job", department="部门1", location="城市1")
    JobFactory(slug="closed-job", closes_on=timezone.localdate() - datetime.timedelta(days=3))
    for n in range(5):
        QuestionFactory(order=n)
    PrivacyNoticeFactory()


PAGES = {
    "list": "/careers/",
    "list-filtered": "/careers/?department=部门1&location=城市1",
    "list-page-2": "/careers/?page=2",
    "open-job": "/careers/jobs/open-job/",
    "closed-job": "/careers/jobs/closed-job/",
    "qa": "/careers/qa/",
    "privacy": "/careers/privacy/",
    "apply": "/careers/apply/?job=open-job",
    "status": "/careers/status/",
}


@pytest.mark.parametrize("page", list(PAGES))
def test_careers_page_query_count_is_within_budget_and_independent_of_size(client, careers_site, page):
    url = PAGES[page]
    grow(10)
    small = count_queries(client, url)
    grow(1000)
    assert Job.objects.count() == 1000
    large = count_queries(client, url)
    assert small == large <= BUDGET, (small, large)
