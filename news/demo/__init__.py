"""Demo news, written idempotently: categories, articles and their PDF attachments.

Rows are found by their slugs (attachments by article and title), so running it again updates
them in place. Attachment files get fixed names and are only written when missing. View counts
are set when an article is created and then left to the visitors.
"""

import datetime
import zlib
from collections import Counter
from zoneinfo import ZoneInfo

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from core.demo.documents import pdf_document
from core.demo.english import write_english
from core.demo.seeding import file_values, may_write, upsert

from ..models import Article, Attachment, NewsCategory
from .content import ARTICLES, CATEGORIES
from .content_en import ENGLISH

SEED_AFTER = ["products"]  # demo articles link to the catalog's products
BEIJING = ZoneInfo("Asia/Shanghai")
RELATED_PRODUCTS = 3


def _aware(text):
    """A Beijing time from the content; "scheduled" is 6 January next year, 09:00 (always ahead)."""
    if text == "scheduled":
        return datetime.datetime(timezone.localdate().year + 1, 1, 6, 9, 0, tzinfo=BEIJING)
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING)


def _demo_views(slug):
    """A plausible, stable view count for a demo article."""
    return 80 + zlib.crc32(slug.encode()) % 2400


def _related_products(category_slug):
    """A few visible products of a product type, when the catalog has that type."""
    if not category_slug or not apps.is_installed("products"):
        return []
    from products.catalog import catalog_tree
    from products.models import Product

    category = catalog_tree().get(category_slug)
    if category is None:
        return []
    return list(Product.objects.published().in_category(category).order_by("order", "pk")[:RELATED_PRODUCTS])


def _seed_attachments(article, items, counts):
    for order, (title, filename, lines) in enumerate(items, start=1):
        existing = Attachment.objects.filter(article=article, title=title).first()
        values = {"order": order}
        values |= file_values(Attachment, "file", existing, filename, lambda lines=lines: pdf_document(*lines), counts)
        if existing is not None and existing.file.name != values["file"]:
            values["size"] = 0  # measured again on save
        upsert(counts, Attachment, article=article, title=title, defaults=values)
        counts["attachments"] += 1


def seed():
    """Write the demo news; safe to run any number of times. Returns what it did, counted."""
    counts = Counter()
    with transaction.atomic():
        categories = {}
        for order, values in enumerate(CATEGORIES, start=1):
            defaults = {key: value for key, value in values.items() if key != "slug"} | {"order": order}
            categories[values["slug"]] = upsert(counts, NewsCategory, slug=values["slug"], defaults=defaults)
            counts["categories"] += 1
        for item in ARTICLES:
            defaults = {
                "title": item["title"],
                "category": categories[item["category"]],
                "status": item.get("status", Article.Status.PUBLISHED),
                "publish_at": _aware(item["publish_at"]),
                "is_pinned": item.get("pinned", False),
                "source": item.get("source", ""),
                "author": item.get("author", "科德集团编辑部" if item.get("source", "").startswith("科德") else ""),
                "summary": item.get("summary", ""),
                "body": item["body"].strip(),
                "seo_description": item.get("summary", "")[:300],
            }
            article = upsert(
                counts,
                Article,
                slug=item["slug"],
                defaults=defaults,
                create_defaults=defaults | {"view_count": _demo_views(item["slug"])},
            )
            counts["articles"] += 1
            if not may_write(article):  # an existing article's links and attachments are the editors'
                continue
            related = _related_products(item.get("products"))
            if related:
                article.related_products.set(related)
            _seed_attachments(article, item.get("attachments", ()), counts)
        write_english(counts, ENGLISH)
    return counts
