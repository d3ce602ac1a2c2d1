import itertools
from io import StringIO

import pytest
from django.core.management import call_command

from news import counting
from news.models import Article

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0"
BOTS = [
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36",
    "python-requests/2.31",
    "curl/8.5.0",
    "",
]


ADDRESSES = (f"203.0.{n // 250}.{n % 250 + 1}" for n in itertools.count())  # documentation addresses, never contacted


def view(client, article, user_agent=BROWSER, address=None):
    """A visit from a new visitor (another address) unless ``address`` is given."""
    return client.post(
        f"/news/views/{article.pk}/", headers={"User-Agent": user_agent}, REMOTE_ADDR=address or next(ADDRESSES)
    )


def test_a_visit_is_counted_in_the_cache_and_the_page_stays_cached(client, newsroom):
    article = newsroom["guide"]
    client.get(article.get_absolute_url())
    assert client.get(article.get_absolute_url())["X-Cache"] == "hit"
    response = view(client, article)
    assert response.status_code == 200
    assert response.json() == {"views": 1}
    assert response["Cache-Control"] == "no-store"
    assert view(client, article).json() == {"views": 2}
    article.refresh_from_db()
    assert article.view_count == 0  # not written yet
    assert client.get(article.get_absolute_url())["X-Cache"] == "hit"  # counting did not retire the cached page


@pytest.mark.parametrize("user_agent", BOTS)
def test_crawlers_and_scripts_are_not_counted(client, newsroom, user_agent):
    article = newsroom["guide"]
    assert view(client, article, user_agent).json() == {"views": 0}
    assert counting.pending_views(article.pk) == 0


def test_staff_are_not_counted(admin_client, newsroom):
    view(admin_client, newsroom["guide"])
    assert counting.pending_views(newsroom["guide"].pk) == 0


@pytest.mark.parametrize("slug", ["draft", "scheduled"])
def test_unpublished_articles_cannot_be_counted(client, newsroom, slug):
    assert view(client, newsroom[slug]).status_code == 404
    assert client.post("/news/views/999999/").status_code == 404


def test_counting_needs_a_post(client, newsroom):
    assert client.get(f"/news/views/{newsroom['guide'].pk}/").status_code == 405


def test_counts_reach_the_database_at_the_threshold(client, newsroom, monkeypatch):
    monkeypatch.setattr(counting, "FLUSH_THRESHOLD", 3)
    article = newsroom["guide"]
    assert [view(client, article).json()["views"] for _ in range(4)] == [1, 2, 3, 4]
    article.refresh_from_db()
    assert article.view_count == 3
    assert counting.pending_views(article.pk) == 1


def test_flush_command_writes_pending_counts_once(client, newsroom):
    guide, market = newsroom["guide"], newsroom["market"]
    Article.objects.filter(pk=guide.pk).update(view_count=100)
    for _ in range(3):
        view(client, guide)
    view(client, market)
    out = StringIO()
    call_command("flush_article_views", stdout=out)
    assert "4" in out.getvalue()
    guide.refresh_from_db()
    market.refresh_from_db()
    assert (guide.view_count, market.view_count) == (103, 1)
    call_command("flush_article_views", stdout=StringIO())
    guide.refresh_from_db()
    assert guide.view_count == 103
    assert view(client, guide).json() == {"views": 104}


def test_article_page_loads_the_counter_script(client, newsroom):
    html = client.get(newsroom["guide"].get_absolute_url()).content.decode()
    assert "/static/js/news.js" in html and "defer" in html


def test_a_visitor_reloading_an_article_is_counted_once(client, newsroom):
    article = newsroom["guide"]
    assert view(client, article, address="192.0.2.7").json() == {"views": 1}
    assert view(client, article, address="192.0.2.7").json() == {"views": 1}
    assert view(client, article, address="192.0.2.8").json() == {"views": 2}
    assert view(client, newsroom["market"], address="192.0.2.7").json() == {"views": 1}  # another article counts


def test_behind_the_proxy_the_address_it_added_identifies_the_visitor(client, newsroom):
    article = newsroom["guide"]

    def via_proxy(forwarded):
        return client.post(
            f"/news/views/{article.pk}/",
            headers={"User-Agent": BROWSER, "X-Forwarded-For": forwarded},
            REMOTE_ADDR="127.0.0.1",
        ).json()["views"]

    assert via_proxy("198.51.100.1") == 1
    assert via_proxy("198.51.100.2") == 2  # another visitor behind the same proxy
    assert via_proxy("6.6.6.6, 198.51.100.2") == 2  # a forged first entry does not make a new visitor
