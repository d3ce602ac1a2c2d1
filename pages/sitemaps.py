from django.db.models import Max
from django.urls import resolve

from core.sitemaps import NamedOrObjectSitemap

from .models import Page


def tree_pages():
    """Published pages the tree itself serves (an app may have taken a page's address over)."""
    pages = Page.objects.published().filter(link_url="").order_by("tree_id", "lft")
    return [page for page in pages if resolve(page.get_absolute_url()).view_name == "pages:page"]


class PageSitemap(NamedOrObjectSitemap):
    """The home page, the pages of the tree and the pages apps serve by name (``named_pages``, given by
    kede_site.sitemaps: the list pages and service pages that are not objects of their own)."""

    changefreq = "weekly"
    named_pages = ()

    def items(self):
        return ["pages:home", *self.named_pages, *tree_pages()]

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at

    def priority(self, item):
        return 1.0 if item == "pages:home" else 0.6

    def get_latest_lastmod(self):
        return Page.objects.published().aggregate(latest=Max("updated_at"))["latest"]
