"""The product finder, the fitment finder and the comparison: every parameter goes through a form.
The admin's product form, with its spec rows laid out per product type, is here too."""

import re
from decimal import Decimal

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

from core.chinese import to_simplified
from core.querysets import RowsInOrder

from .catalog import catalog_tree
from .models import ExcavatorBrand, Product, ProductSpec
from .models.catalog import normalize_model_number, spec_type_mismatch
from .search import products as product_search
from .specs import SpecLayout, as_pk, input_name

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
        # The content is written in Simplified characters: a keyword typed in Traditional ones (破碎錘) matches too.
        simplified = to_simplified(keyword)
        data["terms"] = simplified.split(" ") if simplified else []
        data["model_key"] = normalize_model_number(simplified)

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
        if not data["terms"]:
            if scope is not None:
                products = products.in_category(scope)
            return products.fitting(brand=data["brand"], tonnes=data["tonnes"])
        # A keyword: the site search's index of published products (kept in each process per content version)
        # finds and ranks the matches; only the page's own rows are read from the database.
        category_ids = frozenset(self.tree.subtree_ids(scope)) if scope is not None else None
        pks = product_search.finder_matches(data["terms"], data["model_key"], category_ids)
        if pks and (data["brand"] is not None or data["tonnes"] is not None):
            fitting = Product.objects.published().fitting(brand=data["brand"], tonnes=data["tonnes"])
            fits = set(fitting.values_list("pk", flat=True))
            pks = [pk for pk in pks if pk in fits]
        return RowsInOrder(products, pks)

    def suggestions(self, limit=4):
        """Products whose name or model number is nearest to the keyword, for an empty result."""
        keyword = to_simplified(self.cleaned_data["q"]).lower()
        names, close_words = product_search.finder_names(self.cleaned_data["type"])
        if keyword:
            close = close_words.close(keyword, n=limit * 2, cutoff=0.3)
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


class UnitInput(forms.TextInput):
    """A spec value's text input with its unit written after it (and read with it by screen readers)."""

    def __init__(self, unit, attrs=None):
        super().__init__(attrs)
        self.unit = unit

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        unit_id = f"{attrs['id']}_unit" if self.unit and attrs.get("id") else None
        if unit_id:
            attrs["aria-describedby"] = " ".join(filter(None, [attrs.get("aria-describedby"), unit_id]))
        html = super().render(name, value, attrs, renderer)
        if not self.unit:
            return html
        unit_id_attr = format_html(' id="{}"', unit_id) if unit_id else ""
        return format_html('{} <span class="spec-unit"{}>{}</span>', html, unit_id_attr, self.unit)


class ProductAdminForm(forms.ModelForm):
    """The product form with its spec rows laid out: one ``spec_<pk>`` input per spec field of its type.

    The rows follow the product type (the root) of the chosen category. Saving writes, changes and
    deletes the ``ProductSpec`` rows (an empty input: no row), in the same transaction as the
    product; an input that was not on the page leaves its value alone. A value for a spec field of
    another type is refused, and changing the category to another product type that would delete
    stored values needs ``confirm_type_change``.
    """

    confirm_type_change = forms.BooleanField(
        label=_("Confirm changing the product type and deleting these values"), required=False
    )
    # The admin sets the layout its fieldsets were drawn with; standalone, the form works it out.
    layout = None

    class Meta:
        model = Product
        # The admin asks for its fieldsets' fields; these are what the form needs on its own.
        fields = ["name", "model_number", "slug", "category", "summary", "carrier_min_t", "carrier_max_t"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.layout is None:
            self.layout = SpecLayout(self._category_id(), self.instance, self._posted_names())
        self.deleted_specs = []
        value_field = ProductSpec._meta.get_field("value")
        for field in self.layout.fields:
            stored = self.layout.stored.get(field.pk)
            self.fields[input_name(field)] = forms.CharField(
                label=field.name,
                required=False,
                max_length=value_field.max_length,
                initial=stored.value if stored is not None else "",
                widget=UnitInput(field.unit, attrs={"class": "vTextField spec-input"}),
            )

    def _category_id(self):
        if self.is_bound:
            return as_pk(self.data.get(self.add_prefix("category")))
        return as_pk(self.initial.get("category")) or self.instance.category_id

    def _posted_names(self):
        prefix = self.add_prefix("")
        return [name.removeprefix(prefix) for name in self.data if name.startswith(prefix)] if self.is_bound else []

    def clean(self):
        cleaned = super().clean()
        layout = self.layout
        if layout.product_type is None:
            return cleaned
        for field in layout.foreign:
            if not (self.data.get(self.add_prefix(input_name(field))) or "").strip():
                continue
            if layout.changes_type and field.category_id == layout.old_type.pk:
                continue  # the values of the type the product leaves: asked about below
            self.add_error(None, spec_type_mismatch(field, layout.product_type))
        doomed = layout.doomed
        if doomed and not cleaned.get("confirm_type_change") and "category" not in self.errors:
            self.add_error(
                "category",
                ngettext(
                    "Moving the product to type “%(type)s” deletes its %(count)d spec value of type "
                    "“%(old_type)s”: %(names)s. To go ahead, tick “%(confirm)s” and save again.",
                    "Moving the product to type “%(type)s” deletes its %(count)d spec values of type "
                    "“%(old_type)s”: %(names)s. To go ahead, tick “%(confirm)s” and save again.",
                    len(doomed),
                )
                % {
                    "type": layout.product_type.name,
                    "old_type": layout.old_type.name,
                    "count": len(doomed),
                    "names": pgettext("between spec names", ", ").join(spec.field.name for spec in doomed),
                    "confirm": self.fields["confirm_type_change"].label,
                },
            )
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        self.save_specs()

    def save_specs(self):
        """Write the spec inputs to ``ProductSpec`` rows, one save per changed value (so the revision
        history records each), after deleting the old type's values when the change was confirmed."""
        layout, product = self.layout, self.instance
        if layout.doomed and self.cleaned_data.get("confirm_type_change"):
            ProductSpec.objects.filter(pk__in=[spec.pk for spec in layout.doomed]).delete()
            self.deleted_specs = layout.doomed
        for field in layout.fields:
            name = input_name(field)
            if self.add_prefix(name) not in self.data:
                continue  # not on the page the editor saw: leave the stored value alone
            value = self.cleaned_data.get(name, "")
            spec = layout.stored.get(field.pk)
            if spec is None:
                if value:
                    ProductSpec.objects.create(product=product, field=field, value=value)
            elif not value:
                spec.delete()
            elif spec.value != value:
                spec.value = value
                spec.save(update_fields=["value"])
