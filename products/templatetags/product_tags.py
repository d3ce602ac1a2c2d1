from django import template
from django.utils import translation
from django.utils.html import format_html

from ..catalog import catalog_tree
from ..models import Case, Product
from ..units import imperial as imperial_value
from ..units import stored_unit

register = template.Library()


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


@register.inclusion_tag("products/_category_tree.html")
def category_tree(current=None):
    tree = catalog_tree()
    current = current or None
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
