from django.contrib.sitemaps import Sitemap
from django.urls import resolve

from core.sitemaps import NamedOrObjectSitemap

from .models import Page


class HomeSitemap(NamedOrObjectSitemap):
    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["pages:home"]


class PageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        """Published pages the tree itself serves (an app may have taken a page's address over)."""
        pages = Page.objects.published().filter(link_url="").order_by("tree_id", "lft")
        return [page for page in pages if resolve(page.get_absolute_url()).view_name == "pages:page"]

    def lastmod(self, page):
        return page.updated_at
