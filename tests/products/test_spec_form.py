"""The product form lays out the spec rows of its product type: one input per field with its name and
unit, saved with the product; another type's field is refused; a change of type asks first."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from products.factories import CategoryFactory, ProductFactory, ProductSpecFactory, SpecFieldFactory
from products.forms import ProductAdminForm
from products.models import Product, ProductSpec
from tests.admin_forms import change_form_data
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
ADD = "admin:products_product_add"
FIELDS_URL = "admin:products_product_spec_fields"


def change_url(product):
    return reverse("admin:products_product_change", args=[product.pk])


def values(product):
    return {spec.field.name: spec.value for spec in ProductSpec.objects.filter(product=product).select_related("field")}


def spec_row(html, field):
    """The label, input and unit of ``field``'s row in the form."""
    match = re.search(
        rf'<label for="id_spec_{field.pk}">(.*?)</label>\s*(<input[^>]*>)\s*(<span[^>]*>(.*?)</span>)?', html
    )
    assert match, f"no row for {field.name}"
    return match.group(1), match.group(2), match.group(4)


def test_change_page_lays_out_the_types_spec_rows_with_names_and_units_in_order(admin_client, catalog):
    html = admin_client.get(change_url(catalog["kd68"])).content.decode()
    section = html.split('id="product-specs"')[1].split("</fieldset>")[0]
    assert "规格参数" in section
    energy, weight, flow = catalog["fields"]
    assert spec_row(section, energy)[0] == "冲击能量:" and spec_row(section, energy)[2] == "J"
    label, tag, unit = spec_row(section, weight)
    assert label == "工作重量:" and unit == "kg"
    assert f'name="spec_{weight.pk}"' in tag and 'value="1650"' in tag
    assert f'aria-describedby="id_spec_{weight.pk}_unit"' in tag
    assert section.index("冲击能量") < section.index("工作重量") < section.index("工作流量")
    assert "斗容" not in html  # another type's field is not offered
    assert "specs-TOTAL_FORMS" not in html  # no drop-down inline any more


def test_add_page_notes_that_the_rows_follow_the_category(admin_client, catalog):
    html = admin_client.get(reverse(ADD)).content.decode()
    section = html.split('id="product-specs"')[1].split("</fieldset>")[0]
    assert "选择分类后，这里列出该类型的规格参数；未启用 JavaScript 时，先保存一次。" in section
    assert 'id="id_spec_' not in html
    assert 'src="/static/js/admin-product-specs.js" defer' in html


def test_add_page_with_a_category_lays_out_its_types_rows(admin_client, catalog):
    html = admin_client.get(reverse(ADD), {"category": catalog["top"].pk}).content.decode()
    for field in catalog["fields"]:
        assert f'id="id_spec_{field.pk}"' in html
    assert f'id="id_spec_{catalog["capacity"].pk}"' not in html
    assert "选择分类后" not in html


def test_a_type_without_spec_fields_says_where_to_add_them(admin_client, catalog):
    empty = CategoryFactory(name="快换接头")
    html = admin_client.get(reverse(ADD), {"category": empty.pk}).content.decode()
    assert "产品类型「快换接头」还没有规格参数项" in html
    CategoryFactory(pk=empty.pk + 1, name="<b>快换</b>")
    html = admin_client.get(reverse(ADD), {"category": empty.pk + 1}).content.decode()
    assert "产品类型「&lt;b&gt;快换&lt;/b&gt;」" in html


def test_spec_fields_endpoint_draws_the_rows_of_the_chosen_type(admin_client, catalog):
    url = reverse(FIELDS_URL)
    data = admin_client.get(url, {"category": catalog["rock"].category_id}).json()
    assert data["type"] == catalog["buckets"].pk
    assert data["fields"] == [{"id": f"id_spec_{catalog['capacity'].pk}", "name": "斗容", "unit": "m³"}]
    assert f'<label for="id_spec_{catalog["capacity"].pk}">斗容:</label>' in data["html"]
    assert "工作重量" not in data["html"]
    for nothing in ["", "abc", "999999"]:
        data = admin_client.get(url, {"category": nothing}).json()
        assert data["type"] is None and data["fields"] == [] and "选择分类后" in data["html"]


def test_spec_fields_endpoint_is_for_staff_who_may_edit_products(client, staff_client, catalog):
    url = reverse(FIELDS_URL)
    assert client.get(url, {"category": catalog["rock"].category_id}).status_code == 302  # to the login page
    nobody, _user = staff_client()
    assert nobody.get(url, {"category": catalog["rock"].category_id}).status_code == 403


def test_a_new_product_is_saved_with_its_spec_values(admin_client, catalog):
    energy, weight, flow = catalog["fields"]
    data = {
        "name": "新破碎锤", "model_number": "KD-99", "slug": "kd-99", "category": catalog["side"].pk, "order": 0,
        "carrier_min_t": "20", "carrier_max_t": "30", "images-TOTAL_FORMS": "0", "images-INITIAL_FORMS": "0",
        f"spec_{energy.pk}": " 3000 ", f"spec_{weight.pk}": "1800", f"spec_{flow.pk}": "",
    }  # fmt: skip
    response = admin_client.post(reverse(ADD), data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert values(Product.objects.get(slug="kd-99")) == {"冲击能量": "3000", "工作重量": "1800"}


def test_saving_updates_creates_and_deletes_values_and_a_second_save_changes_nothing(admin_client, catalog):
    product = catalog["kd45"]
    energy, weight, flow = catalog["fields"]
    ProductSpec.objects.filter(product=product, field=flow).delete()
    url = change_url(product)
    edits = {f"spec_{energy.pk}": "800", f"spec_{weight.pk}": "", f"spec_{flow.pk}": "45-75"}
    assert admin_client.post(url, change_form_data(admin_client, url, **edits)).status_code == 302
    assert values(product) == {"冲击能量": "800", "工作流量": "45-75"}
    rows = list(ProductSpec.objects.filter(product=product).values_list("pk", "field_id", "value"))

    response = admin_client.post(url, change_form_data(admin_client, url))
    assert response.status_code == 302
    assert list(ProductSpec.objects.filter(product=product).values_list("pk", "field_id", "value")) == rows


def test_an_input_that_was_not_on_the_page_leaves_its_value_alone(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    data = change_form_data(admin_client, url)
    del data[f"spec_{catalog['fields'][0].pk}"]
    assert admin_client.post(url, data).status_code == 302
    assert values(product)["冲击能量"] == "2500"


def test_a_spec_value_longer_than_the_column_is_refused(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    response = admin_client.post(
        url, change_form_data(admin_client, url, **{f"spec_{catalog['fields'][0].pk}": "9" * 101})
    )
    assert response.status_code == 200
    assert "不超过 100 字符" in response.content.decode()
    assert values(product)["冲击能量"] == "2500"


def test_breaker_refuses_bucket_spec(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    data = change_form_data(admin_client, url, name="改名", **{f"spec_{catalog['capacity'].pk}": "1.2"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "「斗容」属于「挖掘机挖斗」，不能用于「破碎锤」类型的产品。" in response.content.decode()
    product.refresh_from_db()
    assert product.name == "侧置式液压破碎锤"
    assert not ProductSpec.objects.filter(field=catalog["capacity"], product=product).exists()


def test_an_empty_input_of_another_type_is_harmless(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    data = change_form_data(admin_client, url, **{f"spec_{catalog['capacity'].pk}": "", "spec_999999": "x"})
    assert admin_client.post(url, data).status_code == 302
    assert len(values(product)) == 3


def test_the_model_refuses_another_types_spec_too(catalog):
    spec = ProductSpec(product=catalog["kd68"], field=catalog["capacity"], value="1.2")
    with pytest.raises(ValidationError) as error:
        spec.full_clean()
    assert error.value.message_dict["field"] == ["「斗容」属于「挖掘机挖斗」，不能用于「破碎锤」类型的产品。"]
    ProductSpec(product=catalog["rock"], field=catalog["capacity"], value="2").full_clean(validate_constraints=False)


def test_the_form_on_its_own_refuses_another_types_spec(catalog):
    """The form an import would use: the same rules without the admin."""
    product = catalog["kd45"]
    data = {"name": product.name, "slug": product.slug, "category": product.category_id,
            f"spec_{catalog['capacity'].pk}": "1.2"}  # fmt: skip
    form = ProductAdminForm(data, instance=product)
    assert not form.is_valid()
    assert "「斗容」属于「挖掘机挖斗」" in str(form.non_field_errors())
    data[f"spec_{catalog['capacity'].pk}"] = ""
    data[f"spec_{catalog['fields'][1].pk}"] = "330"
    form = ProductAdminForm(data, instance=product)
    assert form.is_valid(), form.errors
    form.save()
    assert values(product)["工作重量"] == "330"


def test_moving_a_product_to_another_type_is_refused_without_confirmation(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    response = admin_client.post(url, change_form_data(admin_client, url, category=catalog["rock"].category_id))
    html = response.content.decode()
    assert response.status_code == 200
    errors = html.split('class="form-row errors field-category')[1].split("</ul>")[0]
    assert (
        "改为「挖掘机挖斗」类型将删除该产品「破碎锤」类型的 3 项规格参数：冲击能量、工作重量、工作流量。"
        "如确定，请勾选“确认更换产品类型并删除这些参数”后再次保存。"
    ) in errors
    assert re.search(r'<input type="checkbox" name="confirm_type_change"[^>]*id="id_confirm_type_change"', html)
    assert "不能用于" not in html  # the old type's inputs are what the question is about, not an attack
    assert f'id="id_spec_{catalog["capacity"].pk}"' in html  # the new type's rows are laid out
    product.refresh_from_db()
    assert product.category == catalog["side"] and len(values(product)) == 3


def test_a_confirmed_move_to_another_type_deletes_the_old_values_and_says_so(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    data = change_form_data(admin_client, url, category=catalog["rock"].category_id, confirm_type_change="on")
    data[f"spec_{catalog['capacity'].pk}"] = "1.0"
    response = admin_client.post(url, data, follow=True)
    assert response.redirect_chain, response.context["adminform"].form.errors
    assert (
        "产品类型已更换：已删除「破碎锤」的 3 项规格参数（冲击能量、工作重量、工作流量）。" in response.content.decode()
    )
    product.refresh_from_db()
    assert product.category_id == catalog["rock"].category_id
    assert values(product) == {"斗容": "1.0"}
    html = admin_client.get(url).content.decode()
    assert "confirm_type_change" not in html and f'id="id_spec_{catalog["capacity"].pk}"' in html


def test_a_move_within_the_type_keeps_the_values_without_asking(admin_client, catalog):
    product = catalog["kd68"]
    url = change_url(product)
    response = admin_client.post(url, change_form_data(admin_client, url, category=catalog["top"].pk))
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.category == catalog["top"]
    assert values(product) == {"冲击能量": "2500", "工作重量": "1650", "工作流量": "80-110"}


def test_a_product_without_values_moves_to_another_type_without_asking(admin_client, catalog):
    product = ProductFactory(category=catalog["side"])
    url = change_url(product)
    assert (
        admin_client.post(url, change_form_data(admin_client, url, category=catalog["rock"].category_id)).status_code
        == 302
    )
    product.refresh_from_db()
    assert product.category_id == catalog["rock"].category_id


def type_with_fields(count):
    product_type = CategoryFactory()
    fields = [SpecFieldFactory(category=product_type, order=n) for n in range(count)]
    product = ProductFactory(category=CategoryFactory(parent=product_type))
    for field in fields:
        ProductSpecFactory(product=product, field=field, value="1")
    return product


def test_product_change_page_query_count_does_not_grow_with_the_spec_fields(admin_client, catalog):
    small = count_queries(admin_client, change_url(type_with_fields(3)))
    large = count_queries(admin_client, change_url(type_with_fields(30)))
    assert small == large, (small, large)
