"""The demo news: idempotent, complete, and every page answers.

The module's tests share one seeded database (the ``seeded`` fixture) and are marked slow.
"""

import json

import pytest
from django.core import serializers

import news.demo
import pages.demo
from news.models import Article, Attachment, NewsCategory

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def snapshot(media_root):
    rows = []
    for model in (NewsCategory, Article, Attachment, Article.related_products.through):
        rows.extend(json.loads(serializers.serialize("json", model.objects.order_by("pk"))))
    files = sorted(
        (str(path.relative_to(media_root)), path.read_bytes())
        for path in (media_root / "news").rglob("*")
        if path.is_file()
    )
    return rows, files


def seed():
    """The shell and the news, without the catalog (whose images take most of a full seed)."""
    pages.demo.seed()
    return news.demo.seed()


def test_seeding_news_again_changes_no_row_and_no_file(seeded):
    first = snapshot(seeded)
    counts = seed()
    assert snapshot(seeded) == first  # updated_at included: nothing was saved again
    assert len(first[1]) >= 5
    assert counts["created"] == counts["updated"] == counts["files written"] == 0
    # Every existing row is kept as an editor may have left it; an existing article's attachments are not visited.
    assert counts["unchanged"] == 0 and counts["kept"] == counts["categories"] + counts["articles"]
    assert counts["attachments"] == 0


def test_demo_news_has_thirty_articles_pinned_ones_attachments_a_scheduled_one_and_a_draft(seeded):
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


def test_every_demo_article_page_answers(seeded, client):
    for article in Article.objects.published().select_related("category"):
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200, article.slug
        assert len(response.content.decode().split('class="rich-text"')[1].split("</div>")[0]) > 150, article.slug
    assert client.get("/news/company/bauma-munich-preview/").status_code == 404
    assert client.get("/news/technical/draft-new-product-catalog/").status_code == 404


@pytest.mark.parametrize("path", ["/", "/news/", "/news/technical/", "/news/technical/breaker-daily-maintenance/"])
def test_seeded_news_pages_stay_within_the_query_budget(seeded, client, django_assert_max_num_queries, path):
    with django_assert_max_num_queries(10):
        assert client.get(path).status_code == 200
