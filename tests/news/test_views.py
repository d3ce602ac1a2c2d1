import datetime
import re

import pytest
from django.utils import timezone

from news.factories import ArticleFactory, AttachmentFactory
from products.factories import ProductFactory

pytestmark = pytest.mark.django_db


def main(response):
    return response.content.decode().split('<main id="main"')[1].split("</main>")[0]


def test_news_list_shows_published_articles_pinned_first(client, newsroom):
    response = client.get("/news/")
    assert response.status_code == 200
    html = main(response)
    titles = re.findall(r'<a href="/news/[^"]+/[^"]+/">([^<]+)</a>', html)
    assert titles[0] == "挖掘机销量同比增长"  # pinned, although the oldest
    assert titles[1:] == [
        "液压破碎锤日常保养指南",
        "属具出口保持增长",
        "科德亮相上海宝马展",
        "新厂区三期开工",
        "科德成立二十周年",
    ]
    assert "预告" not in html and "草稿" not in html
    assert html.count("<h1") == 1
    assert 'class="badge"' in html


def test_category_page_lists_only_its_articles_with_breadcrumb(client, newsroom):
    response = client.get("/news/company/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<h1 class="page-title">公司新闻</h1>', html)
    assert "科德亮相上海宝马展" in html and "属具出口保持增长" not in html
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert re.findall(r'<a href="([^"]+)">', crumbs) == ["/", "/news/"]
    assert '<li aria-current="page">公司新闻</li>' in crumbs


def test_unknown_category_is_404(client, newsroom):
    assert client.get("/news/no-such-category/").status_code == 404


BAD_PAGES = [("", 1), ("?page=2", 2), ("?page=abc", 1), ("?page=0", 3), ("?page=-1", 3), ("?page=99999", 3),
             ("?page=1.5", 1), ("?page=last", 1), ("?page=%00", 1)]  # fmt: skip


@pytest.mark.parametrize(("query", "page"), BAD_PAGES)
def test_bad_page_numbers_give_the_first_or_last_page(client, newsroom, query, page):
    ArticleFactory.create_batch(24, category=newsroom["company"])
    response = client.get(f"/news/{query}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == page
    assert len(response.context["articles"]) == (6 if page == 3 else 12)


def test_article_page_shows_source_date_views_body_and_breadcrumb(client, newsroom):
    guide = newsroom["guide"]
    guide.body = "<h2>每班保养</h2><ul><li>加注润滑脂</li></ul>"
    guide.view_count = 321
    guide.publish_at = guide.publish_at.replace(microsecond=123456)  # as saved from the admin's "now"
    guide.save()
    response = client.get("/news/technical/guide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="page-title">液压破碎锤日常保养指南</h1>' in html
    assert "科德维修中心" in html
    assert "作者：王工" in html
    local = timezone.localtime(guide.publish_at)
    stamp = f"{local.year}/{local.month}/{local.day} {local.hour}:{local:%M}"
    assert stamp in html  # 2014/9/19 9:33 style, Beijing time
    # HTML's datetime allows at most three digits of a second (the Nu Html Checker refuses six)
    assert f'datetime="{local:%Y-%m-%dT%H:%M:%S%z}"' in html
    assert "<h2>每班保养</h2>" in html and "<li>加注润滑脂</li>" in html
    assert "<span data-view-count>321</span>" in html


def test_article_date_shows_the_minute_not_the_seconds(client, newsroom):
    guide = newsroom["guide"]
    guide.publish_at = timezone.make_aware(datetime.datetime(2025, 3, 1, 9, 30, 45))
    guide.save()
    html = client.get("/news/technical/guide/").content.decode()
    assert "2025/3/1 9:30</time>" in html  # the datetime attribute keeps the seconds for machines
    assert 'data-view-url="/news/views/' in html
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert re.findall(r'<a href="([^"]+)">', crumbs) == ["/", "/news/", "/news/technical/"]
    assert ">技术资料</a>" in crumbs


def test_previous_and_next_links_walk_the_category(client, newsroom):
    html = client.get("/news/company/middle/").content.decode()
    nav = html.split('class="prev-next"')[1].split("</nav>")[0]
    assert '<a href="/news/company/oldest/" rel="prev">科德成立二十周年</a>' in nav
    assert '<a href="/news/company/newest/" rel="next">科德亮相上海宝马展</a>' in nav
    newest = client.get("/news/company/newest/").content.decode().split('class="prev-next"')[1].split("</nav>")[0]
    assert 'rel="next"' not in newest  # the scheduled and the draft article are not offered


def test_article_under_another_category_redirects_to_its_address(client, newsroom):
    response = client.get("/news/industry/guide/")
    assert response.status_code == 301
    assert response["Location"] == "/news/technical/guide/"


@pytest.mark.parametrize("slug", ["draft", "scheduled"])
def test_visitors_get_404_for_drafts_and_scheduled_articles(client, newsroom, slug):
    assert client.get(f"/news/company/{slug}/").status_code == 404


@pytest.mark.parametrize(("slug", "marker"), [("draft", "草稿"), ("scheduled", "预告")])
def test_staff_preview_drafts_and_scheduled_articles_with_a_notice(admin_client, newsroom, slug, marker):
    response = admin_client.get(f"/news/company/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="draft-notice"' in html and marker in html
    assert "data-view-url" not in html  # previews are not counted


def test_published_article_shows_no_notice_to_staff(admin_client, newsroom):
    assert 'class="draft-notice"' not in admin_client.get("/news/company/newest/").content.decode()


def test_attachments_are_listed_with_type_and_human_size(client, newsroom):
    attachment = AttachmentFactory(article=newsroom["guide"], title="破碎锤保养手册")
    html = client.get("/news/technical/guide/").content.decode()
    section = html.split('class="attachments"')[1].split("</section>")[0]
    # Stored under a random name; the browser saves it under the editor's file name.
    assert f'href="{attachment.file.url}" download="manual.pdf">破碎锤保养手册</a>' in section
    assert re.search(r"PDF · [\d.]+\xa0(字节|bytes|KB)", section)


def test_related_products_are_shown_when_visible(client, newsroom, catalog):
    guide = newsroom["guide"]
    hidden = ProductFactory(name="未发布破碎锤", category=catalog["side"], is_published=False)
    guide.related_products.set([catalog["kd68"], hidden])
    html = client.get("/news/technical/guide/").content.decode()
    section = html.split('class="news-related"')[1].split("</section>")[0]
    assert "侧置式液压破碎锤" in section and "未发布破碎锤" not in section


def test_news_sub_menu_lists_the_categories(client, newsroom):
    html = client.get("/").content.decode()
    nav = html.split('id="site-nav"')[1].split("</nav>")[0]
    menu = nav.split(">新闻动态</a>")[1].split("</ul>")[0]
    assert re.findall(r'<a href="(/news/[^"]+)">', menu) == ["/news/company/", "/news/industry/", "/news/technical/"]


def test_home_page_shows_the_latest_news(client, newsroom):
    html = client.get("/").content.decode()
    block = html.split('class="home-section home-news"')[1].split("</section>")[0]
    titles = re.findall(r'<a href="/news/[^"]+/[^"]+/">([^<]+)</a>', block)
    assert titles[:3] == ["液压破碎锤日常保养指南", "属具出口保持增长", "科德亮相上海宝马展"]
    assert "预告" not in block and "草稿" not in block
    assert 'href="/news/"' in block


def test_rss_feed_lists_the_newest_published_articles(client, newsroom):
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    xml = response.content.decode()
    assert xml.index("液压破碎锤日常保养指南") < xml.index("科德成立二十周年")
    assert "预告" not in xml and "草稿" not in xml
    assert "http://testserver/news/technical/guide/" in xml


def test_category_feed_lists_only_its_articles(client, newsroom):
    xml = client.get("/news/industry/feed/").content.decode()
    assert "属具出口保持增长" in xml and "科德亮相上海宝马展" not in xml
    assert client.get("/news/nothing/feed/").status_code == 404


def test_sitemap_lists_news_pages_and_only_published_articles(client, newsroom):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ["/news/", "/news/company/", "/news/technical/guide/"]:
        assert f"http://testserver{path}</loc>" in xml
    assert xml.count("http://testserver/news/</loc>") == 1
    assert "/news/company/draft/" not in xml and "/news/company/scheduled/" not in xml


def test_english_news_pages_answer(client, newsroom):
    assert client.get("/en/news/").status_code == 200
    assert client.get("/en/news/technical/guide/").status_code == 200


def test_news_lists_have_category_tabs_with_the_current_one_marked(client, newsroom):
    html = client.get("/news/industry/").content.decode()
    tabs = html.split('class="subcategories news-tabs"')[1].split("</nav>")[0]
    assert 'href="/news/"' in tabs and 'href="/news/company/"' in tabs and 'href="/news/technical/"' in tabs
    assert 'href="/news/industry/" aria-current="page"' in tabs
    everything = client.get("/news/").content.decode().split('class="subcategories news-tabs"')[1].split("</nav>")[0]
    assert 'href="/news/" aria-current="page"' in everything
