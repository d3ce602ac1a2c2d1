"""Sitemap helpers shared by the apps: every address from DJANGO_SITE_URL (core.urls), never the request's
host; every object once per language of settings.LANGUAGES, with its alternates and x-default."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, sitemap, x_robots_tag
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from .cache import cache_query_params
from .translation import untranslated_languages
from .urls import absolute_url, hreflang, site_parts


class SiteSitemap(Sitemap):
    """A section of the sitemap: i18n, alternates (``xhtml:link``) and x-default; absolute URLs on the
    configured site address."""

    i18n = True
    alternates = True
    x_default = True
    limit = 10000  # URLs (items × languages) per file; the index lists the further pages (?p=2…)

    def get_protocol(self, protocol=None):
        return site_parts()[0]

    def get_domain(self, site=None):
        return site_parts()[1]

    def get_languages_for_item(self, item):
        """Every language, but not English for an object without an English title or name (its English page
        would be the Chinese text): it is then neither listed nor named as an alternate there."""
        languages = super().get_languages_for_item(item)
        if isinstance(item, str):
            return languages
        missing = untranslated_languages(item)
        return [code for code in languages if code not in missing] if missing else languages

    def _urls(self, page, protocol, domain):
        """Django's entries, with the languages named as the pages name them (``zh-Hans``, BCP 47)."""
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            for alternate in url["alternates"]:
                if alternate["lang_code"] != "x-default":
                    alternate["lang_code"] = hreflang(alternate["lang_code"])
        return urls


class NamedOrObjectSitemap(SiteSitemap):
    """Items are URL names (list pages such as ``"news:list"``) or objects with ``get_absolute_url``."""

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()


@require_GET
@x_robots_tag
def sitemap_index(request, sitemaps, sitemap_url_name="sitemap_section"):
    """``/sitemap.xml``: the sitemap index of the sections (and their further pages), on the site address."""
    entries = []
    for section, site in sitemaps.items():
        site = site() if callable(site) else site
        url = absolute_url(reverse(sitemap_url_name, kwargs={"section": section}))
        lastmod = site.get_latest_lastmod()
        entries.append(SitemapIndexItem(url, lastmod))
        entries += [SitemapIndexItem(f"{url}?p={page}", lastmod) for page in range(2, site.paginator.num_pages + 1)]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")


@cache_query_params("p")
def sitemap_section(request, sitemaps, section):
    """``/sitemap-<section>.xml``: one section; its further pages (``?p=2``…) are pages of their own for the
    page cache."""
    return sitemap(request, sitemaps, section=section)
