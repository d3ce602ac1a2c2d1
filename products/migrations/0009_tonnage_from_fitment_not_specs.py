"""The excavator weight a product fits is entered once, as its fitment range.

Older databases also kept it as a spec field ("适用挖掘机", unit t) in every product type, and the two
could disagree. This moves such a spec value into the product's fitment range where that range is
still empty ("12-15", "12~15", "12–15", "20"), keeps the type's choice of showing it on product cards
(``Category.tonnage_is_key``), and deletes those spec fields with their values.
"""

import re
from decimal import Decimal, InvalidOperation

from django.db import migrations

# A frozen copy of products.models.catalog.TONNAGE_SPEC_NAMES: a migration must not follow later edits.
TONNAGE_SPEC_NAMES = {
    "适用挖掘机",
    "适配挖掘机",
    "配套挖掘机",
    "适用挖机",
    "挖掘机吨位",
    "挖机吨位",
    "主机吨位",
    "适用吨位",
    "适用机型吨位",
    "适用挖掘机吨位",
    "适用挖掘机重量",
    "适用主机",
    "carrierweight",
    "excavatorclass",
}
TONNE_UNITS = {"t", "吨"}
NUMBER = r"(\d{1,3}(?:\.\d+)?)\s*(?:t|吨)?"
RANGE = re.compile(rf"{NUMBER}\s*(?:[-~～–—至到]\s*{NUMBER})?", re.IGNORECASE)


def is_tonnage_field(field):
    key = re.sub(r"[（(].*?[）)]|[\s:：]", "", field.name).lower()
    return key in TONNAGE_SPEC_NAMES and field.unit.strip().lower() in TONNE_UNITS


def parse_range(value):
    """'12-15', '12~15', '12–15', '12 至 15 吨', '20' → (low, high) in tonnes, or None."""
    match = RANGE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        numbers = sorted(Decimal(part).quantize(Decimal("0.1")) for part in match.groups() if part is not None)
    except InvalidOperation:
        return None
    if numbers[-1] > 999:
        return None
    return numbers[0], numbers[-1]


def move_tonnage_to_fitment(apps, schema_editor):
    Category = apps.get_model("products", "Category")
    SpecField = apps.get_model("products", "SpecField")
    ProductSpec = apps.get_model("products", "ProductSpec")
    fields = [field for field in SpecField.objects.all() if is_tonnage_field(field)]
    if not fields:
        return
    key_types = {field.category_id for field in fields if field.is_key}
    Category.objects.filter(parent__isnull=True).exclude(pk__in=key_types).update(tonnage_is_key=False)
    Category.objects.filter(pk__in=key_types).update(tonnage_is_key=True)
    for spec in ProductSpec.objects.filter(field__in=fields).select_related("product").order_by("pk"):
        product = spec.product
        if product.carrier_min_t is not None or product.carrier_max_t is not None:
            continue  # the fitment range is already set: it is the source
        tonnes = parse_range(spec.value)
        if tonnes is None:
            print(f"  product {product.pk}: the excavator weight “{spec.value}” could not be read; enter it in Fitment.")
            continue
        product.carrier_min_t, product.carrier_max_t = tonnes
        product.save(update_fields=["carrier_min_t", "carrier_max_t"])
    SpecField.objects.filter(pk__in=[field.pk for field in fields]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("products", "0008_category_tonnage_is_key"),
    ]

    operations = [
        migrations.RunPython(move_tonnage_to_fitment, migrations.RunPython.noop, elidable=True),
    ]
