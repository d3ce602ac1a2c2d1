"""Every public page the sitemap lists; each app contributes its own sitemaps."""

from careers.sitemaps import CareersSitemap
from news.sitemaps import ArticleSitemap, NewsCategorySitemap
from pages.sitemaps import HomeSitemap, PageSitemap
from products.sitemaps import ApplicationSitemap, CatalogSitemap, ProductSitemap
from service.sitemaps import ServiceSitemap

SITEMAPS = {
    "home": HomeSitemap,
    "pages": PageSitemap,
    "catalog": CatalogSitemap,
    "products": ProductSitemap,
    "applications": ApplicationSitemap,
    "news": NewsCategorySitemap,
    "articles": ArticleSitemap,
    "careers": CareersSitemap,
    "service": ServiceSitemap,
}
