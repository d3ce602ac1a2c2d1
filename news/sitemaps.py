from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, NewsCategory


class NewsCategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:list", *NewsCategory.objects.all()]

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Article.objects.published().select_related("category").order_by("-publish_at", "-pk")

    def lastmod(self, article):
        return article.updated_at
