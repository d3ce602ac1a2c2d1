"""Demo content for the site shell, written idempotently.

``seed_pages()`` creates or updates the site settings, the page tree, honors, banners and
partner brands from :mod:`pages.demo_content`. Rows are found by natural keys, so running it
again updates them in place; image files get fixed names and are only written when missing.
"""

from collections import Counter

from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.db import transaction

from . import demo_images
from .demo_content import BANNERS, HONORS, PAGE_TREE, PARTNER_BRANDS, SITE_SETTINGS
from .models import Banner, Honor, Page, PartnerBrand, SiteSettings

PAGE_DEFAULTS = {
    "nav_title": "",
    "layout": Page.Layout.STANDARD,
    "show_in_nav": True,
    "menu_includes_self": False,
    "link_url": "",
    "seo_title": "",
    "is_published": True,
}


def ensure_image(model, field_name, existing, filename, make_bytes):
    """The storage name to use for an image field, writing the file only when it is missing.

    ``existing`` is the current row (or None). Its file is kept when it is still on disk, so
    an image an editor uploaded survives a re-run. Otherwise the file gets the fixed name
    ``<upload_to><filename>``; it is generated only if no file of that name exists yet.
    Returns ``(name, written)``.
    """
    field = model._meta.get_field(field_name)
    storage = field.storage
    current = getattr(existing, field_name).name if existing is not None else ""
    if current and storage.exists(current):
        return current, False
    name = field.generate_filename(existing if existing is not None else model(), filename)
    if storage.exists(name):
        return name, False
    saved = storage.save(name, ContentFile(make_bytes()))
    return saved, True


def _image_values(model, field_name, existing, filename, make_bytes, counts):
    """Field values for an image and, when the model stores them, its width and height."""
    name, written = ensure_image(model, field_name, existing, filename, make_bytes)
    counts["files written"] += written
    values = {field_name: name}
    field = model._meta.get_field(field_name)
    if getattr(field, "width_field", None):
        storage = field.storage
        with storage.open(name) as image_file:
            width, height = get_image_dimensions(image_file)
        values[field.width_field] = width
        values[field.height_field] = height
    return values


def _seed_site_settings(counts):
    existing = SiteSettings.objects.filter(pk=1).first()
    values = dict(SITE_SETTINGS)
    values |= _image_values(SiteSettings, "logo", existing, "logo.png", demo_images.logo_image, counts)
    values |= _image_values(
        SiteSettings, "wechat_qr", existing, "wechat-qr.png", lambda: demo_images.qr_code_image("wechat"), counts
    )
    values |= _image_values(
        SiteSettings, "weibo_qr", existing, "weibo-qr.png", lambda: demo_images.qr_code_image("weibo"), counts
    )
    SiteSettings.objects.update_or_create(pk=1, defaults=values)
    counts["site settings"] += 1


def _seed_page_tree(nodes, parent, counts):
    """Create or update ``nodes`` under ``parent``, parents before children, in list order."""
    for node in nodes:
        values = dict(PAGE_DEFAULTS)
        values.update({key: value for key, value in node.items() if key not in ("slug", "children")})
        values["body"] = values.get("body", "").strip()
        page, created = Page.objects.update_or_create(parent=parent, slug=node["slug"], defaults=values)
        counts["pages created" if created else "pages updated"] += 1
        _seed_page_tree(node.get("children", ()), page, counts)


def _seed_honors(counts):
    for order, (key, title, year, issuer, lines) in enumerate(HONORS, start=1):
        existing = Honor.objects.filter(title=title).first()
        values = {"year": year, "issuer": issuer, "order": order, "is_published": True}
        values |= _image_values(
            Honor,
            "image",
            existing,
            f"{key}.jpg",
            lambda lines=lines, year=year, order=order: demo_images.certificate_image(year, lines, seed=order),
            counts,
        )
        Honor.objects.update_or_create(title=title, defaults=values)
        counts["honors"] += 1


def _seed_banners(counts):
    for index, (title, subtitle, link) in enumerate(BANNERS):
        existing = Banner.objects.filter(title=title).first()
        values = {"subtitle": subtitle, "link": link, "order": index + 1, "is_published": True}
        values |= _image_values(
            Banner, "image", existing, f"banner-{index + 1}.jpg", lambda i=index: demo_images.banner_image(i), counts
        )
        Banner.objects.update_or_create(title=title, defaults=values)
        counts["banners"] += 1


def _seed_partner_brands(counts):
    for order, (name, name_en, url, colour) in enumerate(PARTNER_BRANDS, start=1):
        existing = PartnerBrand.objects.filter(name=name).first()
        values = {"name_en": name_en, "url": url, "order": order, "is_published": True}
        values |= _image_values(
            PartnerBrand,
            "logo",
            existing,
            f"{name_en.lower()}.png",
            lambda name_en=name_en, colour=colour: demo_images.brand_logo_image(name_en, colour),
            counts,
        )
        PartnerBrand.objects.update_or_create(name=name, defaults=values)
        counts["partner brands"] += 1


def seed_pages(stdout=None):
    """Write the site shell's demo content; safe to run any number of times.

    Returns the counts it printed: rows created or updated per model and image files written.
    """
    counts = Counter()
    with transaction.atomic():
        _seed_site_settings(counts)
        _seed_page_tree(PAGE_TREE, None, counts)
        _seed_honors(counts)
        _seed_banners(counts)
        _seed_partner_brands(counts)
    if stdout is not None:
        pages = counts["pages created"] + counts["pages updated"]
        stdout.write(
            f"pages: {pages} pages ({counts['pages created']} created, {counts['pages updated']} updated), "
            f"{counts['honors']} honors, {counts['banners']} banners, {counts['partner brands']} partner brands, "
            f"site settings; {counts['files written']} image files written"
        )
    return dict(counts)
