import json
from io import StringIO

import pytest
from django.core import serializers

from news.demo import seed_news
from news.models import Article, Attachment, NewsCategory
from pages.demo import seed_pages

pytestmark = pytest.mark.django_db


def snapshot(media_root):
    rows = []
    for model in (NewsCategory, Article, Attachment, Article.related_products.through):
        for row in json.loads(serializers.serialize("json", model.objects.order_by("pk"))):
            for volatile in ("created_at", "updated_at"):
                row["fields"].pop(volatile, None)
            rows.append(row)
    files = sorted(
        (str(path.relative_to(media_root)), path.read_bytes())
        for path in (media_root / "news").rglob("*")
        if path.is_file()
    )
    return rows, files


def seed():
    """The shell and the news, as ``seed_demo`` loads them (called directly: independent of its list)."""
    seed_pages()
    seed_news(stdout=StringIO())


def test_seeding_news_twice_gives_the_same_database_and_files(settings):
    seed()
    first = snapshot(settings.MEDIA_ROOT)
    seed()
    assert snapshot(settings.MEDIA_ROOT) == first
    assert len(first[1]) >= 5


def test_demo_news_has_thirty_articles_pinned_ones_attachments_a_scheduled_one_and_a_draft():
    seed()
    assert list(NewsCategory.objects.values_list("name", flat=True)) == ["公司新闻", "行业动态", "技术资料"]
    published = Article.objects.published()
    assert published.count() >= 30
    for category in NewsCategory.objects.all():
        assert published.filter(category=category).count() >= 8
    assert published.filter(is_pinned=True).count() >= 2
    assert Article.objects.filter(status=Article.Status.PUBLISHED).exclude(pk__in=published).count() == 1
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 1
    attachments = Attachment.objects.all()
    assert attachments.count() >= 5
    for attachment in attachments:
        with attachment.file.open("rb") as file:
            content = file.read()
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        assert attachment.kind == "pdf" and attachment.size == len(content)


def test_every_demo_article_page_answers(client):
    seed()
    for article in Article.objects.published().select_related("category"):
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200, article.slug
        assert len(response.content.decode().split('class="rich-text"')[1].split("</div>")[0]) > 150, article.slug
    assert client.get("/news/company/bauma-munich-preview/").status_code == 404
    assert client.get("/news/technical/draft-new-product-catalog/").status_code == 404


@pytest.mark.parametrize("path", ["/", "/news/", "/news/technical/", "/news/technical/breaker-daily-maintenance/"])
def test_seeded_news_pages_stay_within_the_query_budget(client, django_assert_max_num_queries, path):
    seed()
    with django_assert_max_num_queries(10):
        assert client.get(path).status_code == 200
