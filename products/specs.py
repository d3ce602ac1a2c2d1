"""Spec tables: the same rows for every product of a type, in the type's field order.

The excavator weight a product fits is entered once, as its fitment range (``carrier_min_t`` /
``carrier_max_t``); spec tables, the comparison and product cards show it as the row ``TONNAGE``,
built from that range, never as a spec field of its own.
"""

import re

from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from .catalog import catalog_tree
from .models import ProductSpec, SpecField

MAX_KEY_SPECS = 3
EMPTY = "—"
INPUT_PREFIX = "spec_"
INPUT_NAME = re.compile(r"spec_([0-9]{1,11})")
MAX_POSTED_SPECS = 200


class TonnageRow:
    """The spec row read from a product's fitment range; looks like a ``SpecField`` to the templates."""

    pk = None
    name = _("Fits excavators")
    unit = "t"
    is_key = True


TONNAGE = TonnageRow()


def tonnage_value(product):
    return product.tonnage_range or EMPTY


def attach_key_specs(products):
    """Give each product a ``key_specs`` list of (field, value) for its cards: one query for the whole page.

    A type whose ``tonnage_is_key`` is set shows the fitment range first; at most three items in all.
    """
    products = list(products)
    tree = catalog_tree()
    by_product = {}
    for product in products:
        product_type = tree.root_of(tree.by_id[product.category_id])
        shows_tonnage = product_type.tonnage_is_key and product.tonnage_range
        by_product[product.pk] = [(TONNAGE, product.tonnage_range)] if shows_tonnage else []
    values = (
        ProductSpec.objects.filter(product_id__in=by_product, field__is_key=True)
        .select_related("field")
        .order_by("field__order", "field__pk")
    )
    for spec in values:
        if len(by_product[spec.product_id]) < MAX_KEY_SPECS:
            by_product[spec.product_id].append((spec.field, spec.value))
    for product in products:
        product.key_specs = by_product[product.pk]
    return products


def spec_table(products, root):
    """The comparison's rows: the tonnage row, then every spec field of the type ``root``; one query.

    Each row is ``{"field", "cells", "differs"}``, "—" where a product has no value; ``differs`` is
    set when the products' values are not all the same.
    """
    fields = list(SpecField.objects.filter(category_id=root.pk))
    values = {
        (spec.product_id, spec.field_id): spec.value
        for spec in ProductSpec.objects.filter(product_id__in=[p.pk for p in products], field__in=fields)
    }
    rows = [(TONNAGE, [tonnage_value(product) for product in products])]
    rows += [(field, [values.get((product.pk, field.pk), EMPTY) for product in products]) for field in fields]
    return [{"field": field, "cells": cells, "differs": len(set(cells)) > 1} for field, cells in rows]


def spec_rows(product, root):
    """(field, value) for the product page: the tonnage row when the range is set, then every spec
    field of the type ``root``, "—" where empty; one query."""
    value = ProductSpec.objects.filter(product_id=product.pk, field_id=OuterRef("pk")).values("value")[:1]
    fields = SpecField.objects.filter(category_id=root.pk).annotate(product_value=Subquery(value))
    rows = [(TONNAGE, product.tonnage_range)] if product.tonnage_range else []
    return rows + [(field, field.product_value or EMPTY) for field in fields]


def input_name(field):
    """The product form's input for the spec ``field``: ``spec_<pk>`` (its id is ``id_spec_<pk>``)."""
    return f"{INPUT_PREFIX}{field.pk}"


def as_pk(value):
    """A primary key from a request value, or None."""
    value = str(value if value is not None else "").strip()
    return int(value) if re.fullmatch(r"[0-9]{1,11}", value) else None


class SpecLayout:
    """The spec rows a product form lays out, and what a save would do to the stored values.

    ``product_type`` is the root of the category ``category_id`` (None when no category is
    chosen); ``fields`` are its spec fields in order; ``stored`` maps field pk → the product's
    ``ProductSpec``; ``foreign`` are the spec fields that ``posted_names`` (the form's input names)
    name outside that type. ``doomed`` are the stored values a change of product type deletes.
    Two queries (one without a stored product), whatever the number of fields.
    """

    def __init__(self, category_id, product=None, posted_names=()):
        tree = catalog_tree()
        category = tree.by_id.get(category_id)
        self.product_type = tree.root_of(category) if category is not None else None
        current = tree.by_id.get(product.category_id) if product is not None and product.pk else None
        self.old_type = tree.root_of(current) if current is not None else None
        posted = sorted({int(match[1]) for name in posted_names if (match := INPUT_NAME.fullmatch(name))})
        fields = []
        if posted or self.product_type is not None:
            wanted = Q(pk__in=posted[:MAX_POSTED_SPECS])
            if self.product_type is not None:
                wanted |= Q(category_id=self.product_type.pk)
            fields = list(SpecField.objects.filter(wanted).select_related("category"))
        type_pk = self.product_type.pk if self.product_type is not None else None
        self.fields = [field for field in fields if field.category_id == type_pk]
        self.foreign = [field for field in fields if field.category_id != type_pk]
        self.stored = {}
        if product is not None and product.pk:
            self.stored = {spec.field_id: spec for spec in product.specs.select_related("field__category")}

    @property
    def input_names(self):
        return [input_name(field) for field in self.fields]

    @property
    def changes_type(self):
        return self.old_type is not None and self.product_type is not None and self.old_type != self.product_type

    @property
    def doomed(self):
        if not self.changes_type:
            return []
        return [spec for spec in self.stored.values() if spec.field.category_id != self.product_type.pk]
