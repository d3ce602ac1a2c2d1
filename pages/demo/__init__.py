"""Demo content for the site shell, written idempotently.

``seed()`` creates or updates the site settings, the page tree, honors, banners and
partner brands from :mod:`pages.demo.content`. Rows are found by natural keys, so running it
again updates them in place; image files get fixed names and are only written when missing.
"""

from collections import Counter
from functools import partial

from django.db import transaction

from core.demo.english import write_english
from core.demo.seeding import upsert

from ..models import Banner, Honor, Page, PartnerBrand, SiteSettings
from . import images
from .content import BANNERS, HONORS, PAGE_TREE, PARTNER_BRANDS, SITE_SETTINGS
from .content_en import ENGLISH

PAGE_DEFAULTS = {
    "nav_title": "",
    "layout": Page.Layout.STANDARD,
    "show_in_nav": True,
    "menu_includes_self": False,
    "link_url": "",
    "seo_title": "",
    "is_published": True,
}


def _seed_site_settings(counts):
    files = {
        "logo": ("logo.png", images.logo_image),
        "wechat_qr": ("wechat-qr.png", partial(images.qr_code_image, "wechat")),
        "weibo_qr": ("weibo-qr.png", partial(images.qr_code_image, "weibo")),
    }
    upsert(counts, SiteSettings, pk=1, defaults=dict(SITE_SETTINGS), files=files)
    counts["site settings"] += 1


def _seed_page_tree(nodes, parent, counts):
    """Create or update ``nodes`` under ``parent``, parents before children, in list order."""
    for node in nodes:
        values = dict(PAGE_DEFAULTS)
        values.update({key: value for key, value in node.items() if key not in ("slug", "children")})
        values["body"] = values.get("body", "").strip()
        page = upsert(counts, Page, parent=parent, slug=node["slug"], defaults=values)
        counts["pages"] += 1
        _seed_page_tree(node.get("children", ()), page, counts)


def _seed_honors(counts):
    for order, (key, title, year, issuer, lines) in enumerate(HONORS, start=1):
        values = {"year": year, "issuer": issuer, "order": order, "is_published": True}
        values["alt"] = f"{issuer}于{year}年颁发的《{title}》证书"[:150]
        image = (f"{key}.jpg", partial(images.certificate_image, year, lines, seed=order))
        upsert(counts, Honor, title=title, defaults=values, files={"image": image})
        counts["honors"] += 1


def _seed_banners(counts):
    for index, (title, subtitle, link, alt) in enumerate(BANNERS):
        values = {"subtitle": subtitle, "link": link, "alt": alt, "order": index + 1, "is_published": True}
        image = (f"banner-{index + 1}.jpg", partial(images.banner_image, index))
        upsert(counts, Banner, title=title, defaults=values, files={"image": image})
        counts["banners"] += 1


def _seed_partner_brands(counts):
    for order, (name, name_en, url, colour) in enumerate(PARTNER_BRANDS, start=1):
        values = {"name_en": name_en, "url": url, "order": order, "is_published": True}
        logo = (f"{name_en.lower()}.png", partial(images.brand_logo_image, name_en, colour))
        upsert(counts, PartnerBrand, name=name, defaults=values, files={"logo": logo})
        counts["partner brands"] += 1


def seed():
    """Write the site shell's demo content; safe to run any number of times. Returns what it did, counted."""
    counts = Counter()
    with transaction.atomic():
        _seed_site_settings(counts)
        _seed_page_tree(PAGE_TREE, None, counts)
        _seed_honors(counts)
        _seed_banners(counts)
        _seed_partner_brands(counts)
        write_english(counts, ENGLISH)
    return counts
