"""Demo content for the catalog, written idempotently.

``seed()`` creates or updates the product types and subcategories, spec fields,
excavator brands, products with their spec tables, gallery images and brochures, project
cases and videos from :mod:`products.demo.content`. Rows are found by natural keys (slugs,
names, titles), so running it again updates them in place; files get fixed names and are
only written when missing.
"""

import datetime
from collections import Counter
from decimal import Decimal
from functools import partial
from html import escape

from django.db import transaction

from core.demo.english import write_english
from core.demo.seeding import may_write, upsert

from ..models import (
    Case,
    CaseImage,
    Category,
    ExcavatorBrand,
    Product,
    ProductImage,
    ProductSpec,
    SpecField,
    Video,
)
from . import images
from .content import CASES, CATEGORIES, EXCAVATOR_BRANDS, PRODUCTS, VIDEOS
from .content_en import ENGLISH


def _seed_brands(counts):
    brands = {}
    for order, (name, name_en, slug) in enumerate(EXCAVATOR_BRANDS, start=1):
        brand = upsert(counts, ExcavatorBrand, slug=slug, defaults={"name": name, "name_en": name_en, "order": order})
        brands[slug] = brand
        counts["excavator brands"] += 1
    return brands


def _seed_categories(counts):
    """Roots first, then each root's children; ``order`` decides the position among siblings."""
    categories, spec_fields, drawing = {}, {}, {}
    for order, node in enumerate(CATEGORIES, start=1):
        values = {
            "parent": None,
            "name": node["name"],
            "name_en": node["name_en"],
            "summary": node["summary"],
            "description": node["description"].strip(),
            "order": order,
            "is_published": True,
            "tonnage_is_key": node.get("tonnage_is_key", True),
        }
        tile = (
            f"{node['slug']}.jpg",
            partial(images.category_tile, node["kind"], node["variant"], node["name_en"], order),
        )
        root = upsert(counts, Category, slug=node["slug"], defaults=values, files={"image": tile})
        categories[root.slug] = root
        counts["categories"] += 1

        fields = []
        for field_order, (name, unit, is_key) in enumerate(node["spec_fields"], start=1):
            field = upsert(
                counts,
                SpecField,
                category=root,
                name=name,
                defaults={"unit": unit, "is_key": is_key, "order": field_order},
            )
            fields.append(field)
            counts["spec fields"] += 1
        spec_fields[root.slug] = fields

        for child_order, child in enumerate(node["children"], start=1):
            sub = upsert(
                counts,
                Category,
                slug=child["slug"],
                defaults={
                    "parent": Category.objects.get(pk=root.pk),  # fresh tree fields after earlier inserts
                    "name": child["name"],
                    "name_en": child["name_en"],
                    "summary": child["summary"],
                    "description": _subcategory_description(child),
                    "order": child_order,
                    "is_published": True,
                },
            )
            categories[sub.slug] = sub
            drawing[sub.slug] = {**node, "variant": child["variant"], "caption": child["name_en"], "child": child}
            spec_fields[sub.slug] = fields
            counts["categories"] += 1
    return categories, spec_fields, drawing


def _subcategory_description(child):
    items = "\n".join(f"<li>{escape(feature)}</li>" for feature in child["features"])
    return f"<p>{escape(child['summary'])}</p>\n<ul>\n{items}\n</ul>"


def _product_body(product, features):
    items = "\n".join(f"<li>{escape(feature)}</li>" for feature in features)
    return (
        f"<p>{escape(product['intro'])}</p>\n<h2>产品特点</h2>\n<ul>\n{items}\n</ul>\n"
        f"<h2>适用工况</h2>\n<p>{escape(product['uses'])}</p>"
    )


def _seed_videos(counts):
    videos = {}
    for order, item in enumerate(VIDEOS, start=1):
        tool, variant = item.get("tool", (None, None))
        values = {
            "description": item["description"],
            "embed_url": item["embed_url"],
            "order": order,
            "is_published": True,
        }
        poster = (
            f"video-{order}.jpg",
            partial(images.video_poster, item["scene"], item["poster_title"], order, tool=tool, variant=variant),
        )
        video = upsert(counts, Video, title=item["title"], defaults=values, files={"poster": poster})
        videos[order] = video
        counts["videos"] += 1
    return videos


def _seed_products(categories, spec_fields, drawing, brands, videos, counts):
    featured_video = {slug: videos[order] for order, item in enumerate(VIDEOS, start=1) for slug in item["featured_on"]}
    position = Counter()
    products = {}
    for item in PRODUCTS:
        category = categories[item["category"]]
        look = drawing[item["category"]]
        fields = spec_fields[item["category"]]
        if len(item["specs"]) != len(fields):
            raise ValueError(f"{item['slug']}: {len(item['specs'])} spec values for {len(fields)} spec fields")
        position[look["slug"]] += 1
        low, high = item["carrier"]
        values = {
            "name": item["name"],
            "model_number": item["model"],
            "category": category,
            "summary": item["summary"],
            "body": _product_body(item, [*item.get("features", []), *look["child"]["features"]]),
            "carrier_min_t": Decimal(low),
            "carrier_max_t": Decimal(high),
            "is_featured": item.get("featured", False),
            "video": featured_video.get(item["slug"]),
            "order": position[look["slug"]],
            "is_published": True,
        }
        cover = partial(
            images.product_cover, look["kind"], look["variant"], item["model"], look["caption"], item["slug"]
        )
        files = {"cover": (f"{item['slug']}.jpg", cover)}
        if item.get("brochure"):
            files["brochure"] = (f"{item['slug']}.pdf", partial(images.brochure_pdf, item["model"], item["brochure"]))
        product = upsert(counts, Product, slug=item["slug"], defaults=values, files=files)
        counts["products"] += 1
        products[item["slug"]] = product
        if not may_write(product):  # an existing product's brands, specs and gallery are the editors'
            continue
        product.brands.set([brands[slug] for slug in item["brands"].split()])

        for field, value in zip(fields, item["specs"], strict=True):
            upsert(counts, ProductSpec, product=product, field=field, defaults={"value": value})
            counts["spec values"] += 1

        for index, alt in enumerate(item.get("gallery", ()), start=1):
            if index == 1:
                make = partial(images.product_detail_image, look["kind"], look["variant"], item["model"], item["slug"])
            else:
                make = partial(images.product_at_work, look["kind"], look["variant"], look["scene"], item["slug"])
            image = (f"{item['slug']}-{index}.jpg", make)
            upsert(counts, ProductImage, product=product, alt=alt, defaults={"order": index}, files={"image": image})
            counts["gallery images"] += 1

    for order, item in enumerate(VIDEOS, start=1):
        if may_write(videos[order]):
            videos[order].products.set([products[slug] for slug in item["products"]])
    return products


def _seed_cases(products, counts):
    for number, item in enumerate(CASES, start=1):
        values = {
            "title": item["title"],
            "location": item["location"],
            "date": datetime.date.fromisoformat(item["date"]),
            "summary": item["summary"],
            "body": item["body"].strip(),
            "is_published": True,
        }
        cover = (f"{item['slug']}.jpg", partial(images.case_photo, item["scene"], f"case-{number}"))
        case = upsert(counts, Case, slug=item["slug"], defaults=values, files={"cover": cover})
        counts["cases"] += 1
        if not may_write(case):  # an existing case's products and pictures are the editors'
            continue
        case.products.set([products[slug] for slug in item["products"]])
        for index, (alt, scene) in enumerate(item["images"], start=1):
            image = (f"{item['slug']}-{index}.jpg", partial(images.case_photo, scene, f"case-{number}-{index}"))
            upsert(counts, CaseImage, case=case, alt=alt, defaults={"order": index}, files={"image": image})
            counts["case images"] += 1


def seed():
    """Write the catalog's demo content; safe to run any number of times. Returns what it did, counted."""
    counts = Counter()
    with transaction.atomic():
        brands = _seed_brands(counts)
        categories, spec_fields, drawing = _seed_categories(counts)
        videos = _seed_videos(counts)
        products = _seed_products(categories, spec_fields, drawing, brands, videos, counts)
        _seed_cases(products, counts)
        write_english(counts, ENGLISH)
    return counts
