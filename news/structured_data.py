"""schema.org NewsArticle for an article page."""

from core.structured_data import CONTEXT, image_url, iso_date, logo_url, organization_ref, text
from core.urls import absolute_url


def article(article, site_settings):
    """NewsArticle: headline, dates (published = the publication time), image, author and publisher."""
    publisher = organization_ref(site_settings)
    author = {"@type": "Person", "name": article.author} if article.author else publisher
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": text(article.title, 110),
        "url": absolute_url(article.get_absolute_url()),
        "mainEntityOfPage": absolute_url(article.get_absolute_url()),
        "datePublished": iso_date(article.publish_at),
        "dateModified": iso_date(max(article.updated_at, article.publish_at)),
        "image": [image_url(article.cover) or logo_url(site_settings)],
        "author": [author],
        "publisher": publisher,
        "articleSection": article.category.name,
    }
    description = text(article.seo_description or article.summary or article.body, 300)
    if description:
        data["description"] = description
    return data
