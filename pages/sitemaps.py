from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page


class HomeSitemap(Sitemap):
    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["pages:home"]

    def location(self, item):
        return reverse(item)


class PageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Page.objects.published().filter(link_url="").order_by("tree_id", "lft")

    def lastmod(self, page):
        return page.updated_at
