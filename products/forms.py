"""The product finder, the fitment finder and the comparison: every parameter goes through a form."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .catalog import catalog_tree
from .models import ExcavatorBrand, Product
from .models.catalog import normalize_model_number

MAX_KEYWORD_LENGTH = 60
MAX_COMPARE = 4


class FinderForm(forms.Form):
    """产品精确查找 plus fitment: type → subcategory → keyword, excavator brand, operating weight.

    Bad values never fail the page: they are dropped with a message in ``notices``.
    """

    type = forms.CharField(required=False)
    sub = forms.CharField(required=False)
    q = forms.CharField(required=False)
    brand = forms.CharField(required=False)
    tonnes = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tree = catalog_tree()
        self.notices = []

    def clean(self):
        data = super().clean()
        tree = self.tree
        product_type = tree.get(data.get("type", "").strip()) if data.get("type") else None
        if data.get("type") and (product_type is None or product_type.parent_id is not None):
            self.notices.append(_("The product type you chose does not exist; showing all types."))
            product_type = None
        sub = tree.get(data.get("sub", "").strip()) if data.get("sub") else None
        if data.get("sub") and (sub is None or sub.parent_id is None):
            self.notices.append(_("The subcategory you chose does not exist; it was ignored."))
            sub = None
        if sub is not None:
            if product_type is None:
                product_type = tree.root_of(sub)
            elif not tree.contains(product_type, sub):
                self.notices.append(_("The subcategory you chose is not part of that product type; it was ignored."))
                sub = None
        data["type"], data["sub"] = product_type, sub

        keyword = re.sub(r"\s+", " ", data.get("q", "")).strip()
        if len(keyword) > MAX_KEYWORD_LENGTH:
            self.notices.append(
                _("The keyword was shortened to its first %(n)s characters.") % {"n": MAX_KEYWORD_LENGTH}
            )
            keyword = keyword[:MAX_KEYWORD_LENGTH].strip()
        data["q"] = keyword
        data["terms"] = keyword.split(" ") if keyword else []
        data["model_key"] = normalize_model_number(keyword)

        brand = None
        if data.get("brand"):
            brand = ExcavatorBrand.objects.filter(slug=data["brand"].strip()[:50]).first()
            if brand is None:
                self.notices.append(_("The excavator brand you chose does not exist; it was ignored."))
        data["brand"] = brand

        tonnes = None
        if data.get("tonnes"):
            try:
                tonnes = Decimal(data["tonnes"].strip().replace("，", ".").replace(",", "."))
                if not (Decimal("0.5") <= tonnes <= Decimal("200")) or not tonnes.is_finite():
                    raise ValueError
            except (ArithmeticError, ValueError):
                self.notices.append(_("Enter the operating weight as a number of tonnes between 0.5 and 200."))
                tonnes = None
        data["tonnes"] = tonnes
        return data

    def results(self):
        data = self.cleaned_data
        products = Product.objects.published().for_cards()
        scope = data["sub"] or data["type"]
        if scope is not None:
            products = products.in_category(scope)
        products = products.fitting(brand=data["brand"], tonnes=data["tonnes"])
        if data["terms"]:
            products = products.matching(data["terms"], data["model_key"])
        return products

    def suggestions(self, limit=4):
        """Products whose name or model number is nearest to the keyword, for an empty result."""
        import difflib

        keyword = self.cleaned_data["q"].lower()
        scope = self.cleaned_data["type"]
        candidates = Product.objects.published()
        if scope is not None:
            candidates = candidates.in_category(scope)
        names = {}
        for pk, name, model_number in candidates.values_list("pk", "name", "model_number")[:2000]:
            names[name.lower()] = pk
            if model_number:
                names[model_number.lower()] = pk
        if keyword:
            close = difflib.get_close_matches(keyword, list(names), n=limit * 2, cutoff=0.3)
            ids = list(dict.fromkeys(names[match] for match in close))[:limit]
        else:
            ids = list(dict.fromkeys(names.values()))[:limit]
        found = {product.pk: product for product in Product.objects.filter(pk__in=ids).for_cards()}
        return [found[pk] for pk in ids if pk in found]


def parse_ids(values):
    """'1,2' or several ids=… values → a list of ints, and the parts that were not numbers."""
    ids, bad = [], []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if re.fullmatch(r"[0-9]{1,11}", part):
                if int(part) not in ids:
                    ids.append(int(part))
            else:
                bad.append(part[:20])
    return ids, bad
