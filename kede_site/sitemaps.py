"""The sections of the sitemap (/sitemap.xml is their index); each app contributes its own sitemaps."""

from careers.sitemaps import NAMED_PAGES as CAREERS_PAGES
from careers.sitemaps import OpeningSitemap
from news.sitemaps import ArticleSitemap, NewsCategorySitemap
from pages.sitemaps import PageSitemap
from products.sitemaps import CaseSitemap, CategorySitemap, ProductSitemap, VideoSitemap
from service.sitemaps import NAMED_PAGES as SERVICE_PAGES


class SitePageSitemap(PageSitemap):
    named_pages = (*SERVICE_PAGES, *CAREERS_PAGES)


class CategoriesSitemap(CategorySitemap):
    """Product categories, then the news list and its categories."""

    def items(self):
        return [*super().items(), *NewsCategorySitemap().items()]


SITEMAPS = {
    "pages": SitePageSitemap,
    "categories": CategoriesSitemap,
    "products": ProductSitemap,
    "cases": CaseSitemap,
    "videos": VideoSitemap,
    "articles": ArticleSitemap,
    "openings": OpeningSitemap,
}
