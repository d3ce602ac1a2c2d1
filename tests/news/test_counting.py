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


def test_another_browser_from_the_same_address_is_the_same_visitor(client, newsroom):
    article = newsroom["guide"]
    for n in range(120):
        view(
            client, article, user_agent=f"Mozilla/5.0 (Windows NT 10.0) Chrome/{n}.0 Safari/537.36", address="192.0.2.7"
        )
    assert counting.pending_views(article.pk) == 1


def test_one_address_adds_at_most_the_hourly_allowance_over_all_articles(client, newsroom, settings):
    settings.NEWS_VIEWS_PER_ADDRESS_PER_HOUR = 3
    articles = [newsroom[slug] for slug in ("oldest", "middle", "newest", "pinned", "market", "guide")]
    for article in articles:
        view(client, article, address="192.0.2.7")
    assert [counting.pending_views(article.pk) for article in articles] == [1, 1, 1, 0, 0, 0]
    view(client, articles[-1], address="192.0.2.8")  # another address has its own allowance
    assert counting.pending_views(articles[-1].pk) == 1
    for article in articles:  # a second round from the capped address adds nothing either
        view(client, article, address="192.0.2.7")
    assert sum(counting.pending_views(article.pk) for article in articles) == 4


def post_via(client, article, forwarded, remote="127.0.0.1"):
    return client.post(
        f"/news/views/{article.pk}/", headers={"User-Agent": BROWSER, "X-Forwarded-For": forwarded}, REMOTE_ADDR=remote
    ).json()["views"]


def test_without_a_trusted_proxy_forged_forwarded_addresses_are_one_visitor(client, newsroom, settings):
    settings.TRUSTED_PROXIES = 0
    article = newsroom["guide"]
    assert [post_via(client, article, f"198.51.100.{n}", remote="192.0.2.7") for n in range(1, 6)] == [1] * 5


def test_behind_one_trusted_proxy_each_client_it_saw_is_a_visitor(client, newsroom, settings):
    settings.TRUSTED_PROXIES = 1
    article = newsroom["guide"]
    assert post_via(client, article, "198.51.100.1") == 1
    assert post_via(client, article, "198.51.100.2") == 2  # another visitor behind the same proxy
    assert post_via(client, article, "6.6.6.6, 198.51.100.2") == 2  # a forged first entry does not make a new visitor
    assert post_via(client, article, "garbage") == 3  # unreadable: the proxy's own address, counted once
    assert post_via(client, article, "more garbage") == 3
