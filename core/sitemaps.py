"""Sitemap helpers shared by the apps."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class NamedOrObjectSitemap(Sitemap):
    """Items are URL names (list pages such as ``"news:list"``) or objects with ``get_absolute_url``."""

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()
