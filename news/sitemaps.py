from django.db.models import Max

from core.sitemaps import NamedOrObjectSitemap, SiteSitemap

from .models import Article, NewsCategory


class NewsCategorySitemap(NamedOrObjectSitemap):
    """The news list and its categories (the categories section of the sitemap, beside the products')."""

    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:list", *NewsCategory.objects.all()]


class ArticleSitemap(SiteSitemap):
    """Published articles whose time has come (scheduled ones join when it does)."""

    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Article.objects.published().select_related("category").order_by("-publish_at", "-pk")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]
