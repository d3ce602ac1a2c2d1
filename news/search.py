"""What the site search (pages.search) finds in the news: published articles (title, summary, body)."""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from core.search import SearchHit, TextIndex, cached_index, highlight, snippet, text_entry

from .models import Article


class ArticleSearch:
    """Newest first within each rank. The index follows publication times: the content version changes
    when a scheduled article comes out (core.cache.register_schedule)."""

    kind = "articles"
    label = _("News")

    def index(self):
        return cached_index("articles", self.build)

    def build(self):
        rows = Article.objects.published().order_by("-publish_at", "-pk")
        fields = ("search_title", "search_text", "slug", "category__slug", "category__name", "publish_at", "title")
        return TextIndex([text_entry(row[0], row[1], row[2:]) for row in rows.values_list(*fields)])

    def hit(self, entry, query, text):
        slug, category_slug, category_name, publish_at, title = entry.row
        return SearchHit(
            url=reverse("news:detail", kwargs={"category": category_slug, "slug": slug}),
            title=highlight(title, query),
            snippet=snippet([text], query),
            meta=f"{category_name} · {date_format(localtime(publish_at).date())}",
        )


articles = ArticleSearch()
