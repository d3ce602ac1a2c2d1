"""The article changelist at size: a year filter read off the index instead of date_hierarchy's pass over every row."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from tests.news.test_queries import grow

pytestmark = pytest.mark.django_db
URL = reverse("admin:news_article_changelist")


def changelist_queries(client, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params or {})
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


def test_article_changelist_queries_do_not_grow_with_the_articles(admin_client, newsroom):
    grow(newsroom, 10)
    admin_client.get(URL)  # the first request of a session also looks up the publication schedule
    _response, small = changelist_queries(admin_client)
    grow(newsroom, 1000)
    _response, large = changelist_queries(admin_client)
    assert len(small) == len(large) <= 12, large
    assert not any("DISTINCT" in sql and "publish_at" in sql for sql in large)  # no year list over every row


def test_year_filter_offers_first_to_last_year_newest_first_and_filters(admin_client, newsroom):
    Article.objects.filter(slug="oldest").update(publish_at=timezone.now() - datetime.timedelta(days=3 * 366))
    response, _queries = changelist_queries(admin_client)
    years_spec = response.context["cl"].filter_specs[-1]
    this_year = timezone.localtime().year
    offered = [value for value, _label in years_spec.lookup_choices]
    assert offered == [str(year) for year in range(this_year, this_year - 4, -1)]
    response, _queries = changelist_queries(admin_client, {"publish_at_year": str(this_year - 3)})
    assert [article.slug for article in response.context["cl"].result_list] == ["oldest"]


@pytest.mark.parametrize("forged", ["abc", "0", "99999", "-1", "２０２５"])
def test_year_filter_ignores_a_forged_year(admin_client, newsroom, forged):
    response, _queries = changelist_queries(admin_client, {"publish_at_year": forged})
    assert response.context["cl"].result_count == Article.objects.count()
