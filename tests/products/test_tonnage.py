"""The excavator weight a product fits is entered once, as its fitment range, and shown once: the first
row of the spec table and of the comparison, and the first key spec on cards."""

import importlib
import re
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from products.factories import CategoryFactory, ProductFactory, ProductSpecFactory, SpecFieldFactory
from products.models import Category, Product, ProductSpec, SpecField
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db
migration = importlib.import_module("products.migrations.0009_tonnage_from_fitment_not_specs")


def old_tonnage_field(category, **extra):
    """A spec field as older databases had it (created without the model's clean)."""
    return SpecFieldFactory(category=category, name="适用挖掘机", unit="t", **extra)


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [("12-15", "12", "15"), ("12~15", "12", "15"), ("12–15", "12", "15"), ("20", "20", "20"),
     ("1.5 - 3.5", "1.5", "3.5"), ("30至45吨", "30", "45"), ("15-12", "12", "15")],
)  # fmt: skip
def test_migration_moves_a_tonnage_spec_into_an_empty_fitment_range(catalog, value, low, high):
    field = old_tonnage_field(catalog["breakers"], is_key=True)
    product = ProductFactory(category=catalog["side"], carrier_min_t=None, carrier_max_t=None)
    ProductSpecFactory(product=product, field=field, value=value)
    migration.move_tonnage_to_fitment(apps, None)
    product.refresh_from_db()
    assert (product.carrier_min_t, product.carrier_max_t) == (Decimal(low), Decimal(high))
    assert not SpecField.objects.filter(pk=field.pk).exists()
    assert not ProductSpec.objects.filter(field_id=field.pk).exists()


def test_migration_keeps_a_range_already_set_and_an_unreadable_value_out(catalog, capsys):
    field = old_tonnage_field(catalog["breakers"], is_key=True)
    set_already = catalog["kd68"]  # 18–26 in its fitment
    ProductSpecFactory(product=set_already, field=field, value="30-40")
    unreadable = ProductFactory(category=catalog["side"], carrier_min_t=None, carrier_max_t=None)
    ProductSpecFactory(product=unreadable, field=field, value="约二十吨")
    migration.move_tonnage_to_fitment(apps, None)
    set_already.refresh_from_db()
    unreadable.refresh_from_db()
    assert (set_already.carrier_min_t, set_already.carrier_max_t) == (Decimal("18"), Decimal("26"))
    assert unreadable.carrier_min_t is None and unreadable.carrier_max_t is None
    assert f"product {unreadable.pk}" in capsys.readouterr().out
    assert [spec.field.name for spec in set_already.specs.all()] == ["冲击能量", "工作重量", "工作流量"]


def test_migration_keeps_each_types_choice_of_tonnage_on_cards_and_other_fields_alone(catalog):
    old_tonnage_field(catalog["breakers"], is_key=True)
    old_tonnage_field(catalog["buckets"], is_key=False)
    models_list = SpecFieldFactory(category=catalog["buckets"], name="适用挖掘机型号", unit="")
    grabs = CategoryFactory(name="抓斗")
    no_unit = SpecFieldFactory(category=grabs, name="适用挖掘机", unit="")  # not a weight
    migration.move_tonnage_to_fitment(apps, None)
    assert Category.objects.get(pk=catalog["breakers"].pk).tonnage_is_key
    assert not Category.objects.get(pk=catalog["buckets"].pk).tonnage_is_key
    assert not Category.objects.get(pk=grabs.pk).tonnage_is_key  # its cards never showed a tonnage
    assert set(SpecField.objects.filter(category=catalog["buckets"])) == {catalog["capacity"], models_list}
    assert list(SpecField.objects.filter(category=grabs)) == [no_unit]
    migration.move_tonnage_to_fitment(apps, None)  # a second run finds nothing to do
    assert SpecField.objects.count() == 6


@pytest.mark.parametrize(
    "name", ["适用挖掘机", "挖掘机吨位", "适用机型吨位", "适用挖掘机 (t)", "适用挖掘机（吨）", " 主机吨位 "]
)
def test_a_spec_field_repeating_the_fitment_is_refused(catalog, name):
    with pytest.raises(ValidationError) as error:
        SpecField(category=catalog["breakers"], name=name, unit="t").full_clean()
    assert "适用挖掘机吨位只在产品的“适配”部分填写一次" in error.value.message_dict["name"][0]


def test_other_spec_field_names_are_accepted(catalog):
    SpecField(category=catalog["breakers"], name="适用钎杆直径", unit="mm").full_clean()


def test_the_category_admin_refuses_a_tonnage_spec_field(admin_client, catalog):
    url = reverse("admin:products_category_change", args=[catalog["buckets"].pk])
    data = change_form_data(admin_client, url)
    data.update({"spec_fields-TOTAL_FORMS": "2", "spec_fields-1-name": "挖掘机吨位", "spec_fields-1-unit": "t",
                 "spec_fields-1-order": "2"})  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "适用挖掘机吨位只在产品的“适配”部分填写一次" in response.content.decode()
    assert not SpecField.objects.filter(name="挖掘机吨位").exists()


def test_product_page_shows_the_tonnage_once_as_the_first_spec_row(client, catalog):
    html = client.get(catalog["kd68"].get_absolute_url()).content.decode()
    table = html.split('class="spec-table"')[1].split("</table>")[0]
    assert table.index("适用挖掘机 (t)") < table.index("冲击能量 (J)")
    assert "<td>18–26</td>" in table
    visible = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html)  # JSON-LD names it once more
    assert visible.count("18–26") == 1 and visible.count("适用挖掘机") == 1


def test_product_page_leaves_the_row_out_without_a_range(client, catalog):
    product = catalog["kd45"]
    Product.objects.filter(pk=product.pk).update(carrier_min_t=None, carrier_max_t=None)
    html = client.get(product.get_absolute_url()).content.decode()
    assert "适用挖掘机" not in html.split('class="spec-table"')[1].split("</table>")[0]


def compare(client, *products):
    return client.get("/products/compare/", {"ids": ",".join(str(p.pk) for p in products)})


def test_compare_shows_the_tonnage_row_once_and_marks_it_when_it_differs(client, catalog):
    response = compare(client, catalog["kd68"], catalog["kd45"])
    rows = response.context["rows"]
    assert str(rows[0]["field"].name) == "适用挖掘机"
    assert rows[0]["cells"] == ["18–26", "4–7"] and rows[0]["differs"]
    html = response.content.decode()
    assert html.count("适用挖掘机 (t)") == 1 and "挖掘机工作重量" not in html
    row = html.split("适用挖掘机 (t)")[0].rsplit("<tr", 1)[1]
    assert 'class="differs"' in row
    assert '适用挖掘机 (t) <mark class="differs__mark">不同</mark>' in html


def test_compare_marks_every_differing_row_and_no_equal_one(client, catalog):
    a, b = catalog["kd68"], catalog["kd45"]
    Product.objects.filter(pk=b.pk).update(carrier_min_t=18, carrier_max_t=26)
    ProductSpec.objects.filter(product=b, field__name="工作流量").update(value="80-110")
    response = compare(client, a, b)
    differs = {str(row["field"].name): row["differs"] for row in response.context["rows"]}
    assert differs == {"适用挖掘机": False, "冲击能量": True, "工作重量": True, "工作流量": False}
    html = response.content.decode()
    assert html.count('<tr class="differs">') == 2 and html.count('<mark class="differs__mark">') == 2
    assert html.split("适用挖掘机 (t)")[1].split("</tr>")[0].count("<mark") == 0


def test_a_type_showing_the_tonnage_on_cards_warns_when_the_range_is_empty(admin_client, catalog):
    product = ProductFactory(category=catalog["side"], with_cover=True, carrier_min_t=None, carrier_max_t=None)
    for field in catalog["fields"][:2]:
        ProductSpecFactory(product=product, field=field, value="1")
    assert product.publishing_gaps() == ["所属产品类型的 1 项关键参数未填写"]
    Category.objects.filter(pk=catalog["breakers"].pk).update(tonnage_is_key=False)
    assert product.publishing_gaps() == []
