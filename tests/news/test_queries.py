"""Query budget: ≤ 10 per page, the same with 10 and with 1,000 articles."""

import datetime

import pytest
from django.utils import timezone

from news.factories import AttachmentFactory
from news.models import Article
from pages.factories import PartnerBrandFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
BUDGET = 10


def grow(newsroom, total):
    """Bulk-create published articles, spread over the categories, until there are ``total``."""
    categories = [newsroom["company"], newsroom["industry"], newsroom["technical"]]
    existing = Article.objects.count()
    start = timezone.now() - datetime.timedelta(days=5000)
    Article.objects.bulk_create(
        Article(
            title=f"批量新闻{n}", slug=f"bulk-{n}", category=categories[n % 3], status=Article.Status.PUBLISHED,
            publish_at=start + datetime.timedelta(hours=n), is_pinned=n % 97 == 0, summary="摘要", body="<p>正文</p>",
        )
        for n in range(existing, total)
    )  # fmt: skip


PAGES = {
    "home": "/",
    "list": "/news/",
    "list-page-3": "/news/?page=3",
    "category": "/news/company/",
    "article": "/news/company/middle/",
    "article-with-extras": "/news/technical/guide/",
    "feed": "/news/feed/",
    "category-feed": "/news/technical/feed/",
    "english-article": "/en/news/company/middle/",
}


@pytest.fixture
def dressed(newsroom, catalog):
    PartnerBrandFactory()
    guide = newsroom["guide"]
    AttachmentFactory(article=guide)
    AttachmentFactory(article=guide, title="保养记录表")
    guide.related_products.set([catalog["kd68"], catalog["kd45"]])
    return newsroom


@pytest.mark.parametrize("page", list(PAGES))
def test_news_page_query_count_is_within_budget_and_independent_of_size(client, dressed, page):
    url = PAGES[page]
    grow(dressed, 10)
    small = count_queries(client, url)
    grow(dressed, 1000)
    assert Article.objects.count() == 1000
    large = count_queries(client, url)
    assert small == large <= BUDGET, (small, large)
