"""Spec tables: the same rows for every product of a type, in the type's field order."""

from django.db.models import OuterRef, Subquery

from .models import ProductSpec, SpecField

MAX_KEY_SPECS = 3


def attach_key_specs(products):
    """Give each product a ``key_specs`` list of (field, value) for its cards: one query for the whole page."""
    products = list(products)
    by_product = {product.pk: [] for product in products}
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
    """For each product, every spec field of the type ``root`` with its value ("—" where empty): two queries."""
    fields = list(SpecField.objects.filter(category_id=root.pk))
    values = {
        (spec.product_id, spec.field_id): spec.value
        for spec in ProductSpec.objects.filter(product_id__in=[p.pk for p in products], field__in=fields)
    }
    return [
        {"product": product, "fields": fields, "values": [(f, values.get((product.pk, f.pk), "—")) for f in fields]}
        for product in products
    ]


def spec_rows(product, root):
    """(field, value) for every spec field of the type ``root``, "—" where empty: one query."""
    value = ProductSpec.objects.filter(product_id=product.pk, field_id=OuterRef("pk")).values("value")[:1]
    fields = SpecField.objects.filter(category_id=root.pk).annotate(product_value=Subquery(value))
    return [(field, field.product_value or "—") for field in fields]
