"""RSS feeds of the newest published articles: all of them, or one category's."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import Article, NewsCategory

FEED_SIZE = 20


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    cache_query_params = ()

    def title(self):
        return _("Kede Group news")

    def description(self):
        return _("Company news, industry news and technical resources from Kede Group.")

    def link(self):
        return reverse("news:list")

    def items(self):
        return Article.objects.published().newest(FEED_SIZE)

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary or article.body

    def item_pubdate(self, article):
        return article.publish_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        return [article.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(NewsCategory, slug=slug)

    def title(self, category):
        return _("Kede Group news: %(category)s") % {"category": category.name}

    def link(self, category):
        return category.get_absolute_url()

    def items(self, category):
        return Article.objects.published().in_category(category).newest(FEED_SIZE)
