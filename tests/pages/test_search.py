"""Site search (/search/): every kind found, model numbers typed any way, ranking, visibility, highlighting,
pagination per kind, hostile input, the query budget and the search box in the header."""

import datetime
import itertools
import re
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.factories import JobFactory
from core.search import SearchQuery, plain_text, snippet
from news.factories import ArticleFactory
from news.models import Article
from pages.factories import PageFactory
from products.factories import CaseFactory, CategoryFactory, ProductFactory, ProductSpecFactory, VideoFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

URL = "/search/"


ARTICLE_NUMBERS = itertools.count()


def article(**fields):
    """A published article, out already (the factory's dates move forward as a long run creates articles)."""
    fields.setdefault("publish_at", timezone.now() - datetime.timedelta(days=1, minutes=next(ARTICLE_NUMBERS)))
    return ArticleFactory(**fields)


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


def titles(response, kind):
    """The hit titles (tags stripped) of one kind's section on a results page."""
    html = response.content.decode()
    section = re.search(
        rf'<section class="search-group" aria-labelledby="search-group-{kind}">(.*?)</section>', html, re.S
    )
    if section is None:
        return []
    return [plain_text(title) for title in re.findall(r'class="search-hit__title" href="[^"]*">(.*?)</a>', section[1])]


def test_each_kind_is_found_with_its_count(client):
    ProductFactory(name="液压破碎锤", model_number="KD-68")
    article(title="破碎锤保养要点")
    PageFactory(title="研发中心", body="<p>破碎锤试验台</p>")
    CaseFactory(title="矿山项目", summary="三台破碎锤驻场作业")
    VideoFactory(title="破碎锤工作视频")
    JobFactory(title="装配工", duties="<p>破碎锤总装</p>")
    response = search(client, q="破碎锤")
    assert titles(response, "products") == ["液压破碎锤 KD-68"]
    assert titles(response, "articles") == ["破碎锤保养要点"]
    assert titles(response, "pages") == ["研发中心"]
    assert titles(response, "cases") == ["矿山项目"]
    assert titles(response, "videos") == ["破碎锤工作视频"]
    assert titles(response, "jobs") == ["装配工"]
    assert response.context["total"] == 6
    assert [group.count for group in response.context["groups"]] == [1, 1, 1, 1, 1, 1]


@pytest.mark.parametrize("typed", ["kd68", "KD-68", "KD 68", "Kd68"])
def test_model_number_is_found_typed_any_way(client, typed):
    ProductFactory(name="液压破碎锤", model_number="KD-68")
    ProductFactory(name="液压剪", model_number="KD-80")
    article(title="KD-68 破碎锤交付")
    response = search(client, q=typed)
    assert titles(response, "products") == ["液压破碎锤 KD-68"]
    assert titles(response, "articles") == ["KD-68 破碎锤交付"]


def test_chinese_substring_and_spec_value_are_found(client):
    product = ProductFactory(name="重型液压破碎锤", model_number="KD-140")
    ProductSpecFactory(product=product, value="高强度耐磨钢板")
    ProductFactory(name="抓木器", model_number="KD-90")
    article(title="新闻", body="<p>采用<strong>整体热处理</strong>工艺</p>")
    assert titles(search(client, q="破碎"), "products") == ["重型液压破碎锤 KD-140"]
    assert titles(search(client, q="耐磨钢"), "products") == ["重型液压破碎锤 KD-140"]
    assert titles(search(client, q="整体热处理"), "articles") == ["新闻"]


def test_markup_in_the_body_is_not_searched(client):
    article(title="新闻", body='<p><strong class="x">正文</strong></p>')
    assert search(client, q="strong").context["total"] == 0
    assert search(client, q="class").context["total"] == 0


def test_title_hits_rank_before_body_hits(client):
    now = timezone.now()
    article(title="行业动态", body="<p>振动锤市场增长</p>", publish_at=now - datetime.timedelta(hours=1))
    article(title="振动锤使用要点", body="<p>正文</p>", publish_at=now - datetime.timedelta(days=30))
    ProductFactory(name="挖斗", model_number="KD-1", summary="可配合振动锤使用")
    ProductFactory(name="振动锤", model_number="KD-2")
    response = search(client, q="振动锤")
    assert titles(response, "articles") == ["振动锤使用要点", "行业动态"]
    assert titles(response, "products") == ["振动锤 KD-2", "挖斗 KD-1"]


def test_model_number_hit_ranks_first(client):
    ProductFactory(name="KD68 配套挖斗", model_number="KD-10")
    ProductFactory(name="破碎锤", model_number="KD-68")
    ProductFactory(name="挖斗", model_number="KD-11", summary="适配 kd68")
    assert titles(search(client, q="KD 68"), "products")[0] == "破碎锤 KD-68"


def test_every_word_must_match(client):
    ProductFactory(name="液压破碎锤", model_number="KD-68")
    ProductFactory(name="液压剪", model_number="KD-80")
    assert titles(search(client, q="液压 破碎"), "products") == ["液压破碎锤 KD-68"]


def test_unpublished_scheduled_and_closed_things_never_appear(client):
    hidden_parent = CategoryFactory(is_published=False)
    ProductFactory(name="草稿破碎锤", is_published=False)
    ProductFactory(name="隐藏类别破碎锤", category=CategoryFactory(parent=hidden_parent))
    article(title="草稿破碎锤新闻", status=Article.Status.DRAFT)
    article(title="定时破碎锤新闻", publish_at=timezone.now() + datetime.timedelta(days=1))
    parent = PageFactory(title="隐藏的栏目", is_published=False)
    PageFactory(title="破碎锤子页面", parent=parent)
    PageFactory(title="草稿破碎锤页面", is_published=False)
    CaseFactory(title="草稿破碎锤案例", is_published=False)
    VideoFactory(title="草稿破碎锤视频", is_published=False)
    JobFactory(title="破碎锤装配工（已截止）", closes_on=timezone.localdate() - datetime.timedelta(days=1))
    JobFactory(title="破碎锤装配工（草稿）", is_published=False)
    response = search(client, q="破碎锤")
    assert response.context["total"] == 0
    assert "草稿" not in response.content.decode().split("<main")[1]


def test_highlight_escapes_the_title_and_marks_the_words(client):
    article(title="<b>破碎锤</b> & 液压剪", summary="<script>alert(1)</script> 破碎锤摘要")
    html = search(client, q="破碎锤").content.decode()
    assert "&lt;b&gt;<mark>破碎锤</mark>&lt;/b&gt; &amp; 液压剪" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>破碎锤</mark>摘要" in html
    assert "<b>破碎锤" not in html and "<script>alert" not in html


def test_snippet_is_cut_around_the_first_hit():
    text = "甲" * 200 + "破碎锤" + "乙" * 200
    result = str(snippet(["", text], SearchQuery("破碎锤")))
    assert result.startswith("…") and result.endswith("…")
    assert "<mark>破碎锤</mark>" in result
    assert len(plain_text(result)) <= 82


def test_each_kind_pages_on_its_own(client):
    for number in range(25):
        article(title=f"破碎锤新闻{number:02d}")
    ProductFactory(name="破碎锤")
    first = search(client, q="破碎锤")
    assert len(titles(first, "articles")) == 5
    assert "kind=articles" in first.content.decode()
    page_one = search(client, q="破碎锤", kind="articles")
    page_two = search(client, q="破碎锤", kind="articles", page="2")
    assert len(titles(page_one, "articles")) == 20 and len(titles(page_two, "articles")) == 5
    assert not set(titles(page_one, "articles")) & set(titles(page_two, "articles"))
    assert titles(page_two, "products") == []  # one kind only
    assert "q=%E7%A0%B4%E7%A2%8E%E9%94%A4&amp;kind=articles&amp;page=1" in page_two.content.decode()
    assert len(titles(search(client, q="破碎锤", kind="articles", page="abc"), "articles")) == 20
    assert len(titles(search(client, q="破碎锤", kind="articles", page="999"), "articles")) == 5


def test_unknown_kind_shows_every_kind_with_a_notice(client):
    ProductFactory(name="破碎锤", model_number="KD-68")
    article(title="破碎锤新闻")
    response = search(client, q="破碎锤", kind="secrets")
    assert titles(response, "products") == ["破碎锤 KD-68"]
    assert titles(response, "articles") == ["破碎锤新闻"]
    assert response.context["notices"]


def test_empty_query_is_a_helpful_page_without_a_search(client):
    ProductFactory(name="破碎锤")
    response = search(client)
    assert "KD68" in response.content.decode()
    assert "groups" not in response.context
    assert search(client, q="   ").context["query"].terms == []


def test_no_match_suggests_close_product_types(client):
    breakers = CategoryFactory(name="液压破碎锤", slug="breakers")
    CategoryFactory(name="抓木器", slug="grapples")
    CategoryFactory(name="隐藏的破碎锤", slug="hidden", is_published=False)
    ProductFactory(name="液压破碎锤", model_number="KD-68", category=breakers)
    response = search(client, q="液压破碎捶")
    assert response.context["total"] == 0
    assert [category.name for category in response.context["suggestions"]] == ["液压破碎锤"]
    assert 'href="/products/breakers/"' in response.content.decode()


def test_no_match_far_from_any_name_lists_the_product_types(client):
    CategoryFactory(name="液压破碎锤", slug="breakers")
    CategoryFactory(name="抓木器", slug="grapples")
    names = [category.name for category in search(client, q="zzzzqqq").context["suggestions"]]
    assert names == ["液压破碎锤", "抓木器"]


@pytest.mark.parametrize(
    "typed",
    [
        "破" * 1000,
        "%",
        "_",
        "100%_",
        "'\"",
        "a\x00b",
        "<script>alert(1)</script>",
        "\u202e破碎锤\u200f",
        "a b c d e f g h i",
    ],
)
def test_hostile_input_never_fails(client, typed):
    ProductFactory(name="破碎锤", summary="普通摘要")
    response = search(client, q=typed)
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "\x00" not in html
    if typed in ("%", "_", "100%_"):
        assert response.context["total"] == 0  # LIKE wildcards are matched literally
    if len(typed) > 60:
        assert response.context["query"].keyword == "破" * 60
        assert response.context["notices"]


def test_direction_marks_are_dropped_before_searching(client):
    ProductFactory(name="破碎锤")
    assert titles(search(client, q="\u202e破碎锤\u200f"), "products")[0].startswith("破碎锤")


def test_results_page_is_not_indexed_and_cached_per_query(client):
    ProductFactory(name="破碎锤")
    ProductFactory(name="液压剪")
    first = search(client, q="破碎锤")
    assert '<meta name="robots" content="noindex' in first.content.decode()
    assert first.get("X-Cache") is None
    again = search(client, q="破碎锤", utm_source="x")
    assert again.get("X-Cache") == "hit"
    other = search(client, q="液压剪")
    assert other.get("X-Cache") is None and titles(other, "products")[0].startswith("液压剪")


def test_new_content_is_found_after_a_second_save(client):
    story = article(title="旧标题", body="<p>正文</p>")
    assert search(client, q="新标题").context["total"] == 0
    story.title = "新标题"
    story.save(update_fields=["title"])
    assert titles(search(client, q="新标题"), "articles") == ["新标题"]
    story.body = "<p>破碎锤</p>"
    story.save()
    assert titles(search(client, q="破碎锤"), "articles") == ["新标题"]


def test_rebuild_fills_rows_written_in_bulk(client):
    category = article().category
    Article.objects.bulk_create(
        [Article(title="批量破碎锤", slug="bulk", category=category, status=Article.Status.PUBLISHED)]
    )
    assert search(client, q="批量").context["total"] == 0
    call_command("rebuild_search_text", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("rebuild_search_text", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert titles(search(client, q="批量"), "articles") == ["批量破碎锤"]


def make_content(n):
    for number in range(n):
        product = ProductFactory(name=f"破碎锤{number}")
        ProductSpecFactory(product=product, value=f"破碎{number}")
        article(title=f"破碎锤新闻{number}")
        PageFactory(title=f"破碎锤页面{number}")
        CaseFactory(title=f"破碎锤案例{number}")
        VideoFactory(title=f"破碎锤视频{number}")
        JobFactory(title=f"破碎锤岗位{number}")


@pytest.mark.parametrize("url", ["/search/?q=破碎锤", "/search/?q=破碎锤&kind=articles&page=2", "/search/?q=KD 68"])
def test_search_costs_the_same_few_queries_at_two_sizes(client, url):
    make_content(2)
    few = count_queries(client, url.replace("page=2", "page=1"))
    make_content(30)
    many = count_queries(client, url)
    assert few == many <= 10


def test_no_match_costs_few_queries(client):
    make_content(3)
    assert count_queries(client, "/search/?q=找不到的东西") <= 10


@pytest.mark.parametrize("url", ["/", "/products/", "/news/", "/careers/", "/en/", "/search/?q=x"])
def test_header_has_a_search_box_on_every_page(client, url):
    PageFactory(title="关于", slug="about")
    html = client.get(url).content.decode()
    form = re.search(
        r'<form class="header-search" action="([^"]+)" method="get" role="search" aria-label="([^"]+)">(.*?)</form>',
        html,
        re.S,
    )
    assert form is not None
    assert form[2] == ("Search the site" if url.startswith("/en/") else "全站搜索")  # named apart from the finder
    assert form[1] == ("/en/search/" if url.startswith("/en/") else "/search/")
    assert 'for="site-search-q"' in form[3] and 'id="site-search-q"' in form[3] and 'name="q"' in form[3]


def test_english_search_works(client):
    ProductFactory(name="破碎锤", model_number="KD-68")
    response = client.get("/en/search/", {"q": "kd68"})
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()
    assert titles(response, "products") == ["破碎锤 KD-68"]


def test_a_second_search_reads_nothing_from_the_database(client):
    make_content(3)
    search(client, q="破碎锤")
    with CaptureQueriesContext(connection) as queries:
        response = search(client, q="案例")
    assert response.context["total"] == 3
    assert len(queries) == 0


def test_scheduled_article_appears_when_its_time_comes(client):
    article(title="定时发布的破碎锤新闻", publish_at=timezone.now() + datetime.timedelta(seconds=1.5))
    assert search(client, q="定时发布").context["total"] == 0
    time.sleep(1.6)
    assert titles(search(client, q="定时发布"), "articles") == ["定时发布的破碎锤新闻"]


@pytest.mark.parametrize("typed", ["破碎锤", "KD 68", "kd-1", "耐磨", "液压 破碎锤", "坚固"])
def test_search_finds_the_products_the_finder_finds_in_the_same_order(client, catalog, typed):
    finder = client.get("/products/search/", {"q": typed}).context["products"]
    found = search(client, q=typed, kind="products").context["hits"]
    assert [plain_text(hit.title) for hit in found] == [str(product) for product in finder]


@pytest.mark.parametrize("url", ["/search/", "/zh-hant/search/"])
def test_words_typed_in_traditional_characters_find_the_simplified_content(client, url):
    ProductFactory(name="液压破碎锤", model_number="KD-68")
    article(title="破碎锤保养要点")
    response = client.get(url, {"q": "破碎錘"})
    assert response.status_code == 200
    assert response.context["total"] == 2
    assert "<mark>" in response.content.decode()
