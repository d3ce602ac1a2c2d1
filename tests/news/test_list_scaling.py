"""The news lists at 20,000 articles: the first page read off an index, the row count kept per content version."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.factories import ArticleFactory
from news.models import Article
from tests.news.test_queries import grow

pytestmark = pytest.mark.django_db
RENDER = {"HTTP_X_BENCH_RENDER": "1"}


def count_statements(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **RENDER).status_code == 200
    return [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]


def test_news_list_counts_its_articles_once_per_content_version(settings, newsroom):
    settings.BENCH = True
    client = Client()
    grow(newsroom, 40)
    assert len(count_statements(client, "/news/")) == 1
    assert count_statements(client, "/news/") == []  # the second rendering reuses the count
    assert count_statements(client, "/news/company/") != []  # another list has its own count


def test_news_list_count_follows_a_new_article(settings, newsroom):
    settings.BENCH = True
    client = Client()
    grow(newsroom, 24)  # 24 articles, 18 of them shown (draft and scheduled ones are not): 2 pages of 12
    published = Article.objects.published().count()
    assert client.get("/news/?page=3", **RENDER).context["page_obj"].number == 2
    ArticleFactory.create_batch(25 - published % 12 + 12, category=newsroom["company"])  # a third page now
    assert client.get("/news/?page=3", **RENDER).context["page_obj"].number == 3


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
@pytest.mark.parametrize("in_category", [False, True])
def test_news_list_page_is_read_in_index_order_not_sorted(newsroom, in_category):
    articles = Article.objects.published()
    if in_category:
        articles = articles.in_category(newsroom["company"])
    plan = articles.for_list()[:12].explain()
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
@pytest.mark.parametrize("in_category", [False, True])
def test_newest_articles_are_read_in_index_order_not_sorted(newsroom, in_category):
    articles = Article.objects.published()
    if in_category:
        articles = articles.in_category(newsroom["company"])
    plan = articles.newest(5).explain()
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("side", ["before", "after"])
def test_previous_and_next_articles_are_read_from_the_article_on(newsroom, side):
    """An article page's neighbours: the index scan starts at the article's own time and stops at the first row.
    With an OR of "earlier, or the same time and a smaller id" PostgreSQL bounded the scan by nothing but "already
    published" and read through the category from the newest (or oldest) article on — 20 ms an article page at
    20,000 articles."""
    grow(newsroom, 6000)  # bulk: enough rows for PostgreSQL's planner to show its real choice
    articles = Article.objects.published()
    article = articles.order_by("publish_at")[3000]
    neighbour = getattr(articles, side)(article)[:1]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE news_article")
        plan = neighbour.explain()
        bounds = [line for line in plan.splitlines() if "Index Cond" in line]
        assert any(article.publish_at.strftime("%Y-%m-%d %H:%M:%S") in line for line in bounds), plan
    else:
        plan = neighbour.explain()
        assert "USING INDEX news_article_listing" in plan and "MULTI-INDEX OR" not in plan, plan
