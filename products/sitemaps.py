from django.contrib.sitemaps import Sitemap

from core.sitemaps import NamedOrObjectSitemap

from .catalog import catalog_tree
from .models import Case, Product


class CatalogSitemap(NamedOrObjectSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        tree = catalog_tree()
        return ["products:index", *[c for c in tree.categories if c.pk in tree.visible_ids]]


class ProductSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.9

    def items(self):
        return Product.objects.published().for_cards().order_by("pk")

    def lastmod(self, product):
        return product.updated_at


class ApplicationSitemap(NamedOrObjectSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return ["products:cases", "products:videos", *Case.objects.published().order_by("pk")]
