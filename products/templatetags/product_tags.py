from django import template
from django.core.cache import cache
from django.template import Context
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.cache import FRAGMENT_TIMEOUT, cached_by_version, content_timeout, content_version

from ..catalog import catalog_tree
from ..models import Case, Product
from ..units import imperial as imperial_value
from ..units import stored_unit

register = template.Library()
CARD_TEMPLATE = "products/_product_card.html"


@register.simple_tag(takes_context=True)
def product_cards(context, products, compare=False, heading="h3", eager=0):
    """The cards of ``products`` (products/_product_card.html), each kept in the shared cache per content
    version, language and options: a page of twelve cards reads them in one go instead of rendering twelve
    includes (about 0.5 ms a card). The first ``eager`` cards load their image at once, the rest lazily.

    A card shows only the product, its category's URL, its cover renditions and, where the view attached
    them (products.specs.attach_key_specs), its key specs: all public content, so any change to it bumps the
    content version and retires every card."""
    products = list(products)
    prefix = f"kede:card:{content_version()}:{get_language()}:{int(bool(compare))}:{heading}"
    cards = []
    for index, product in enumerate(products):
        lazy = index >= eager
        cards.append((product, lazy, f"{prefix}:{int(lazy)}:{int(hasattr(product, 'key_specs'))}:{product.pk}"))
    found = cache.get_many([key for _product, _lazy, key in cards])
    card_template = None
    rendered = {}
    html = []
    for product, lazy, key in cards:
        if key not in found:
            if card_template is None:
                card_template = context.template.engine.get_template(CARD_TEMPLATE)
            values = {"product": product, "lazy": lazy, "compare": compare, "heading": heading}
            found[key] = rendered[key] = card_template.render(Context(values, autoescape=context.autoescape))
        html.append(found[key])
    timeout = content_timeout(FRAGMENT_TIMEOUT)
    if rendered and timeout:
        cache.set_many(rendered, timeout)
    return mark_safe("".join(html))  # noqa: S308 -- rendered by the card template, which escapes


@register.inclusion_tag("products/_finder.html")
def product_finder(form=None):
    """产品精确查找: type → subcategory (optgroups, filtered by JS) → keyword."""
    tree = catalog_tree()
    types = [(root, tree.children(root)) for root in tree.roots()]
    data = form.cleaned_data if form is not None and hasattr(form, "cleaned_data") else {}
    return {
        "types": types,
        "chosen_type": data.get("type"),
        "chosen_sub": data.get("sub"),
        "keyword": data.get("q", ""),
        "notices": getattr(form, "notices", []),  # the keyword box names them (aria-describedby)
    }


@register.simple_tag
def category_tree(current=None):
    """The sidebar's category tree (products/_category_tree.html), the branch of ``current`` open: kept per content
    version, language and current category, as it is the same on every page of a category and its products."""
    current = current or None
    key = f"kede:category-tree:{get_language()}:{current.pk if current else ''}"
    return cached_by_version(key, lambda: render_to_string("products/_category_tree.html", _category_tree(current)))


def _category_tree(current):
    tree = catalog_tree()
    open_ids = {c.pk for c in tree.ancestors(current)} | {current.pk} if current else set()
    return {
        "items": [(root, tree.children(root)) for root in tree.roots()],
        "current": current,
        "open_ids": open_ids,
    }


@register.inclusion_tag("products/_fitment_finder.html")
def fitment_finder(brands, product_type=None, chosen_brand=None, tonnes=None):
    return {"brands": brands, "product_type": product_type, "chosen_brand": chosen_brand, "tonnes": tonnes}


@register.inclusion_tag("products/_home_catalog.html")
def home_catalog(limit=8):
    """The home page's product blocks: every product type as a tile, then the featured products."""
    tree = catalog_tree()
    featured = list(Product.objects.published().filter(is_featured=True).for_cards()[:limit])
    return {"types": tree.roots(), "featured": featured}


@register.inclusion_tag("products/_home_cases.html")
def home_cases(limit=3):
    """The home page's latest project cases."""
    return {"cases": list(Case.objects.published()[:limit])}


@register.filter
def imperial(value, field):
    """`` <span class="imperial">(39,700–57,300 lb)</span>`` after a spec value on English pages, else "".

    ``field`` is the value's spec field (or the tonnage row): its unit is read as stored, metric and often
    Chinese (products.units.stored_unit), not as translated for the page.
    """
    if translation.get_language() != "en":
        return ""
    converted = imperial_value(str(value), stored_unit(field))
    if converted is None:
        return ""
    return format_html(' <span class="imperial">({})</span>', converted)
