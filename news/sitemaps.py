from django.contrib.sitemaps import Sitemap

from core.sitemaps import NamedOrObjectSitemap

from .models import Article, NewsCategory


class NewsCategorySitemap(NamedOrObjectSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:list", *NewsCategory.objects.all()]


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Article.objects.published().select_related("category").order_by("-publish_at", "-pk")

    def lastmod(self, article):
        return article.updated_at
