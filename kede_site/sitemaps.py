"""Every public page the sitemap lists; each app contributes its own sitemaps."""

from pages.sitemaps import HomeSitemap, PageSitemap

SITEMAPS = {
    "home": HomeSitemap,
    "pages": PageSitemap,
}
