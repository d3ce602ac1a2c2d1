"""Moving a category in the tree never leaves its products' spec values behind, unseen.

A product's spec values belong to its type (the root category). The category form and the tree's drag
and drop both refuse a move to another type while products below carry values of the current one.
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from products.models import Category, ProductSpec
from tests.admin_forms import change_form_data, save_change_form_repeatedly

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:products_category_changelist")


def change_url(category):
    return reverse("admin:products_category_change", args=[category.pk])


def drag(client, cut, pasted_on, position):
    return client.post(CHANGELIST, {"cmd": "move_node", "cut_item": cut.pk, "pasted_on": pasted_on.pk,
                                    "position": position})  # fmt: skip


def parent_of(category):
    return Category.objects.get(pk=category.pk).parent_id


def test_moving_a_subcategory_with_spec_values_to_another_type_is_refused_in_its_form(admin_client, catalog):
    side, buckets = catalog["side"], catalog["buckets"]
    url = change_url(side)
    response = admin_client.post(url, change_form_data(admin_client, url, parent=str(buckets.pk)))
    assert response.status_code == 200
    error = str(response.context["adminform"].form.errors["parent"])
    assert "6 项规格参数" in error and "「侧置式破碎锤」" in error and "「挖掘机挖斗」" in error
    assert parent_of(side) == catalog["breakers"].pk
    assert ProductSpec.objects.filter(product__category=side).count() == 6


def test_dragging_a_subcategory_with_spec_values_to_another_type_is_refused(admin_client, catalog):
    side, rock = catalog["side"], Category.objects.get(slug="buckets-rock")
    for position, target in (("last-child", catalog["buckets"]), ("left", rock), ("right", rock)):
        response = drag(admin_client, side, target, position)
        assert response.content.startswith(b"FAIL")
        assert parent_of(side) == catalog["breakers"].pk
        assert "「挖掘机挖斗」" in str(list(get_messages(response.wsgi_request))[-1])


def test_a_subcategory_with_spec_values_cannot_become_a_product_type_of_its_own(admin_client, catalog):
    side = catalog["side"]
    response = drag(admin_client, side, catalog["breakers"], "right")
    assert response.content.startswith(b"FAIL")
    url = change_url(side)
    response = admin_client.post(url, change_form_data(admin_client, url, parent=""))
    assert "parent" in response.context["adminform"].form.errors
    assert parent_of(side) == catalog["breakers"].pk


def test_a_product_type_with_spec_fields_cannot_become_a_subcategory(admin_client, catalog):
    buckets = catalog["buckets"]
    response = drag(admin_client, buckets, catalog["breakers"], "last-child")
    assert response.content.startswith(b"FAIL")
    assert parent_of(buckets) is None
    assert "不能成为子类别" in str(list(get_messages(response.wsgi_request))[-1])


def test_moves_within_the_type_and_moves_without_spec_values_are_allowed(admin_client, catalog):
    side, top = catalog["side"], catalog["top"]
    assert drag(admin_client, side, top, "last-child").content.startswith(b"OK")
    assert parent_of(side) == top.pk

    rock = Category.objects.get(slug="buckets-rock")  # catalog["rock"] is the product
    ProductSpec.objects.filter(product__category=rock).delete()
    save_change_form_repeatedly(admin_client, change_url(rock), parent=str(catalog["breakers"].pk))
    assert parent_of(rock) == catalog["breakers"].pk


def test_saving_a_category_twice_without_moving_it_asks_nothing(admin_client, catalog):
    save_change_form_repeatedly(admin_client, change_url(catalog["side"]), summary="侧置式，适合狭窄工况。")
    assert Category.objects.get(pk=catalog["side"].pk).summary == "侧置式，适合狭窄工况。"
