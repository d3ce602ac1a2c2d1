"""What the site search (pages.search) finds in the news: published articles (title, summary, body)."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from core.search import SearchHit, highlight, plain_text, ranked, snippet

from .models import Article


class ArticleSearch:
    kind = "articles"
    label = _("News")

    def find(self, query):
        articles = Article.objects.published().select_related("category")
        return ranked(articles, query).order_by("-rank", "-publish_at", "-pk")

    def hit(self, article, query):
        return SearchHit(
            url=article.get_absolute_url(),
            title=highlight(article.title, query),
            snippet=snippet([article.summary, plain_text(article.body)], query),
            meta=f"{article.category.name} · {date_format(localtime(article.publish_at).date())}",
        )


articles = ArticleSearch()
