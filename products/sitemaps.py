from django.db.models import Max

from core.sitemaps import NamedOrObjectSitemap, SiteSitemap

from .catalog import catalog_tree
from .models import Case, Product


class CategorySitemap(NamedOrObjectSitemap):
    """The product center and every visible product category."""

    changefreq = "weekly"
    priority = 0.8

    def items(self):
        tree = catalog_tree()
        return ["products:index", *[c for c in tree.categories if c.pk in tree.visible_ids]]

    def lastmod(self, item):
        return getattr(item, "updated_at", None)


class ProductSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.9

    def items(self):
        return Product.objects.published().for_cards().order_by("pk")

    def lastmod(self, product):
        return product.updated_at

    def get_latest_lastmod(self):
        return Product.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class CaseSitemap(NamedOrObjectSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return ["products:cases", *Case.objects.published().order_by("pk")]

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at


class VideoSitemap(NamedOrObjectSitemap):
    """Videos have no page of their own: the video page lists them all."""

    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return ["products:videos"]
