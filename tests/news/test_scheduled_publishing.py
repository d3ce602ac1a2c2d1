"""A scheduled article appears on every cached page at its time, not when the cached copies expire."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from freezegun import freeze_time

from core.cache import cached_by_version, check_schedule
from news.factories import ArticleFactory
from news.models import Article

pytestmark = pytest.mark.django_db

TITLE = "科德新品发布会今晚举行"
# The lists, the feed and the home page show the newest articles.
PAGES = ["/news/", "/news/company/", "/news/feed/", "/"]
SECOND = datetime.timedelta(seconds=1)


def hit(response):
    return response.get("X-Cache") == "hit"


def schedule_article(newsroom, when):
    return ArticleFactory(
        title=TITLE, slug="launch", category=newsroom["company"], status=Article.Status.PUBLISHED, publish_at=when
    )


def test_a_scheduled_article_appears_on_every_cached_page_at_its_time(client, newsroom, django_assert_num_queries):
    now = timezone.now()
    due = now + datetime.timedelta(minutes=5)
    with freeze_time(now) as clock:
        schedule_article(newsroom, due)
        for path in PAGES:
            client.get(path)
            with django_assert_num_queries(0):  # waiting for the deadline costs no query
                cached = client.get(path)
            assert hit(cached) and TITLE not in cached.content.decode(), path
        clock.move_to(due - SECOND)
        assert all(hit(client.get(path)) for path in PAGES)
        clock.move_to(due + SECOND)
        for path in PAGES:
            response = client.get(path)
            assert TITLE in response.content.decode(), path
        for path in PAGES:
            again = client.get(path)
            assert hit(again) and TITLE in again.content.decode(), path


def test_a_cold_cache_still_shows_a_scheduled_article_at_its_time(client, newsroom):
    now = timezone.now()
    due = now + datetime.timedelta(minutes=5)
    with freeze_time(now) as clock:
        schedule_article(newsroom, due)
        cache.clear()  # a restarted cache: the deadline is unknown
        client.get("/")
        clock.move_to(due + SECOND)
        assert TITLE in client.get("/").content.decode()


def test_the_deadline_is_learnt_after_a_cold_start_without_losing_the_cached_pages(client, newsroom):
    now = timezone.now()
    due = now + datetime.timedelta(minutes=5)
    with freeze_time(now) as clock:
        schedule_article(newsroom, due)
        cache.clear()
        client.get("/")
        assert hit(client.get("/"))
        clock.move_to(due + SECOND)
        assert TITLE in client.get("/").content.decode()


def test_a_cached_fragment_does_not_outlive_the_schedule(newsroom):
    def newest_titles():
        return list(Article.objects.published().values_list("title", flat=True)[:5])

    now = timezone.now()
    due = now + datetime.timedelta(minutes=5)
    with freeze_time(now) as clock:
        schedule_article(newsroom, due)
        assert TITLE not in cached_by_version("kede:test-newest", newest_titles)
        clock.move_to(due + SECOND)
        check_schedule()  # what every request does first
        assert TITLE in cached_by_version("kede:test-newest", newest_titles)
