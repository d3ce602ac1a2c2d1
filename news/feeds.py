"""RSS feeds of the newest published articles: all of them, or one category's."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.urls import absolute_url

from .models import Article, NewsCategory

FEED_SIZE = 20


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    cache_query_params = ()

    def title(self):
        return _("Kede Group news")

    def description(self):
        return _("Company news, industry news and technical resources from Kede Group.")

    # Every address absolute on DJANGO_SITE_URL (core.urls): the framework would prefix the request's host.
    def link(self):
        return absolute_url(reverse("news:list"))

    def feed_url(self):
        return absolute_url(reverse("news:feed"))

    def item_link(self, article):
        return absolute_url(article.get_absolute_url())

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
        return absolute_url(category.get_absolute_url())

    def feed_url(self, category):
        return absolute_url(reverse("news:category_feed", kwargs={"slug": category.slug}))

    def items(self, category):
        return Article.objects.published().in_category(category).newest(FEED_SIZE)
