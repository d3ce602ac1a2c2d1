"""Demo content for the catalog, written idempotently.

``seed_products()`` creates or updates the product types and subcategories, spec fields,
excavator brands, products with their spec tables, gallery images and brochures, project
cases and videos from :mod:`products.demo_content`. Rows are found by natural keys (slugs,
names, titles), so running it again updates them in place; files get fixed names and are
only written when missing.
"""

import datetime
from collections import Counter
from decimal import Decimal
from html import escape

from django.core.files.images import get_image_dimensions
from django.db import transaction

from pages.demo import ensure_image

from . import demo_images
from .demo_content import CASES, CATEGORIES, EXCAVATOR_BRANDS, PRODUCTS, VIDEOS
from .models import (
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


def _file_values(model, field_name, existing, filename, make_bytes, counts):
    """Field values for a file and, when the model stores them, the image's width and height."""
    name, written = ensure_image(model, field_name, existing, filename, make_bytes)
    counts["files written"] += written
    values = {field_name: name}
    field = model._meta.get_field(field_name)
    if getattr(field, "width_field", None):
        with field.storage.open(name) as image_file:
            width, height = get_image_dimensions(image_file)
        values[field.width_field] = width
        values[field.height_field] = height
    return values


def _seed_brands(counts):
    brands = {}
    for order, (name, name_en, slug) in enumerate(EXCAVATOR_BRANDS, start=1):
        brand, _ = ExcavatorBrand.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "order": order}
        )
        brands[slug] = brand
        counts["excavator brands"] += 1
    return brands


def _seed_categories(counts):
    """Roots first, then each root's children; ``order`` decides the position among siblings."""
    categories, spec_fields, drawing = {}, {}, {}
    for order, node in enumerate(CATEGORIES, start=1):
        existing = Category.objects.filter(slug=node["slug"]).first()
        values = {
            "parent": None,
            "name": node["name"],
            "name_en": node["name_en"],
            "summary": node["summary"],
            "description": node["description"].strip(),
            "order": order,
            "is_published": True,
        }
        values |= _file_values(
            Category,
            "image",
            existing,
            f"{node['slug']}.jpg",
            lambda node=node, order=order: demo_images.category_tile(
                node["kind"], node["variant"], node["name_en"], order
            ),
            counts,
        )
        root, _ = Category.objects.update_or_create(slug=node["slug"], defaults=values)
        categories[root.slug] = root
        counts["categories"] += 1

        fields = []
        for field_order, (name, unit, is_key) in enumerate(node["spec_fields"], start=1):
            field, _ = SpecField.objects.update_or_create(
                category=root, name=name, defaults={"unit": unit, "is_key": is_key, "order": field_order}
            )
            fields.append(field)
            counts["spec fields"] += 1
        spec_fields[root.slug] = fields

        for child_order, child in enumerate(node["children"], start=1):
            sub, _ = Category.objects.update_or_create(
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
        existing = Video.objects.filter(title=item["title"]).first()
        tool, variant = item.get("tool", (None, None))
        values = {
            "description": item["description"],
            "embed_url": item["embed_url"],
            "order": order,
            "is_published": True,
        }
        values |= _file_values(
            Video,
            "poster",
            existing,
            f"video-{order}.jpg",
            lambda item=item, order=order, tool=tool, variant=variant: demo_images.video_poster(
                item["scene"], item["poster_title"], order, tool=tool, variant=variant
            ),
            counts,
        )
        video, _ = Video.objects.update_or_create(title=item["title"], defaults=values)
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
        existing = Product.objects.filter(slug=item["slug"]).first()
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
        values |= _file_values(
            Product,
            "cover",
            existing,
            f"{item['slug']}.jpg",
            lambda item=item, look=look: demo_images.product_cover(
                look["kind"], look["variant"], item["model"], look["caption"], item["slug"]
            ),
            counts,
        )
        if item.get("brochure"):
            values |= _file_values(
                Product,
                "brochure",
                existing,
                f"{item['slug']}.pdf",
                lambda item=item: demo_images.brochure_pdf(item["model"], item["brochure"]),
                counts,
            )
        product, created = Product.objects.update_or_create(slug=item["slug"], defaults=values)
        counts["products created" if created else "products updated"] += 1
        product.brands.set([brands[slug] for slug in item["brands"].split()])

        for field, value in zip(fields, item["specs"], strict=True):
            ProductSpec.objects.update_or_create(product=product, field=field, defaults={"value": value})
            counts["spec values"] += 1

        for index, alt in enumerate(item.get("gallery", ()), start=1):
            existing_image = ProductImage.objects.filter(product=product, alt=alt).first()

            def make(index=index, item=item, look=look):
                if index == 1:
                    return demo_images.product_detail_image(look["kind"], look["variant"], item["model"], item["slug"])
                return demo_images.product_at_work(look["kind"], look["variant"], look["scene"], item["slug"])

            image_values = {"order": index}
            image_values |= _file_values(
                ProductImage, "image", existing_image, f"{item['slug']}-{index}.jpg", make, counts
            )
            ProductImage.objects.update_or_create(product=product, alt=alt, defaults=image_values)
            counts["gallery images"] += 1
        products[item["slug"]] = product

    for order, item in enumerate(VIDEOS, start=1):
        videos[order].products.set([products[slug] for slug in item["products"]])
    return products


def _seed_cases(products, counts):
    for number, item in enumerate(CASES, start=1):
        existing = Case.objects.filter(slug=item["slug"]).first()
        values = {
            "title": item["title"],
            "location": item["location"],
            "date": datetime.date.fromisoformat(item["date"]),
            "summary": item["summary"],
            "body": item["body"].strip(),
            "is_published": True,
        }
        values |= _file_values(
            Case,
            "cover",
            existing,
            f"{item['slug']}.jpg",
            lambda item=item, number=number: demo_images.case_photo(item["scene"], f"case-{number}"),
            counts,
        )
        case, _ = Case.objects.update_or_create(slug=item["slug"], defaults=values)
        case.products.set([products[slug] for slug in item["products"]])
        counts["cases"] += 1
        for index, (alt, scene) in enumerate(item["images"], start=1):
            existing_image = CaseImage.objects.filter(case=case, alt=alt).first()
            image_values = {"order": index}
            image_values |= _file_values(
                CaseImage,
                "image",
                existing_image,
                f"{item['slug']}-{index}.jpg",
                lambda scene=scene, number=number, index=index: demo_images.case_photo(scene, f"case-{number}-{index}"),
                counts,
            )
            CaseImage.objects.update_or_create(case=case, alt=alt, defaults=image_values)
            counts["case images"] += 1


def seed_products(stdout=None):
    """Write the catalog's demo content; safe to run any number of times.

    Returns the counts it printed: rows created or updated per model and files written.
    """
    counts = Counter()
    with transaction.atomic():
        brands = _seed_brands(counts)
        categories, spec_fields, drawing = _seed_categories(counts)
        videos = _seed_videos(counts)
        products = _seed_products(categories, spec_fields, drawing, brands, videos, counts)
        _seed_cases(products, counts)
    if stdout is not None:
        total = counts["products created"] + counts["products updated"]
        stdout.write(
            f"products: {counts['categories']} categories, {counts['spec fields']} spec fields, "
            f"{counts['excavator brands']} excavator brands, {total} products ({counts['products created']} created, "
            f"{counts['products updated']} updated), {counts['spec values']} spec values, "
            f"{counts['gallery images']} gallery images, {counts['cases']} cases, {counts['case images']} case images, "
            f"{counts['videos']} videos; {counts['files written']} files written"
        )
    return dict(counts)
