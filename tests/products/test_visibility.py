"""A product is visible when it is published and so are its category and every category above it."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from products.catalog import catalog_tree
from products.factories import CategoryFactory, ProductFactory
from products.models import Category, Product
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def unpublish(item):
    item.is_published = False
    item.save()


def test_published_products_leave_out_those_under_an_unpublished_category_at_any_depth(catalog):
    unpublish(catalog["breakers"])
    assert set(Product.objects.published()) == {catalog["rock"]}


def test_published_products_name_only_the_hidden_categories_not_each_categorys_ancestors(catalog):
    # The visible categories come from the catalog tree in memory: no join and no ancestor subquery, which made
    # SQLite read every product at 200 categories (a query per page of 10-20 ms at 5,000 products).
    assert "products_category" not in str(Product.objects.published().query)
    unpublish(catalog["side"])
    sql = str(Product.objects.published().query)
    assert "products_category" not in sql and f"IN ({catalog['side'].pk})" in sql.replace('"', "")
    assert catalog["kd68"] not in Product.objects.published()
    assert catalog["kd68"] in Product.objects.all()
    # The second time: published again, nothing is left out.
    catalog["side"].refresh_from_db()
    catalog["side"].is_published = True
    catalog["side"].save()
    assert catalog["kd68"] in Product.objects.published()


def test_published_products_leave_out_drafts_in_published_categories(catalog):
    unpublish(catalog["kd45"])
    assert catalog["kd45"] not in Product.objects.published()
    assert catalog["kd68"] in Product.objects.published()


def test_products_are_visible_to_staff_whatever_their_category_and_to_visitors_when_published(catalog, admin_user):
    unpublish(catalog["side"])
    assert catalog["kd68"] in Product.objects.visible_to(admin_user)
    assert catalog["kd68"] not in Product.objects.visible_to(AnonymousUser())
    assert catalog["kd140"] in Product.objects.visible_to(AnonymousUser())


def test_related_managers_apply_the_category_rule_too(catalog):
    case = catalog["kd68"].cases.model.objects.create(title="案例", slug="case")
    case.products.set([catalog["kd68"], catalog["rock"]])
    unpublish(catalog["side"])
    assert list(case.products.published()) == [catalog["rock"]]


def test_published_categories_agree_with_the_catalog_tree(catalog):
    deep = CategoryFactory(name="深层", slug="deep", parent=Category.objects.get(slug="buckets-rock"))
    unpublish(Category.objects.get(slug="breakers"))
    unpublish(Category.objects.get(slug="buckets-rock"))  # fresh tree fields; catalog["rock"] is the product
    published = set(Category.objects.published().values_list("pk", flat=True))
    assert published == {catalog["buckets"].pk}
    assert published == set(catalog_tree().visible_ids)
    assert deep.pk not in published


def test_product_of_an_unpublished_category_is_404_for_visitors_and_previewed_by_staff(client, admin_client, catalog):
    unpublish(catalog["breakers"])
    url = catalog["kd68"].get_absolute_url()
    assert client.get(url).status_code == 404
    response = admin_client.get(url)
    assert response.status_code == 200
    notice = response.content.decode().split('class="draft-notice"')[1].split("</p>")[0]
    assert "破碎锤" in notice and "草稿" not in notice


def test_staff_preview_lists_only_published_related_products(admin_client, catalog):
    unpublish(catalog["kd45"])
    ProductFactory(category=catalog["side"], name="侧置式中型破碎锤")
    related = admin_client.get(catalog["kd68"].get_absolute_url()).content.decode().split('id="related-title"')[1]
    assert "侧置式中型破碎锤" in related
    assert "侧置式小型破碎锤" not in related


def test_products_of_an_unpublished_category_leave_the_sitemap_home_and_lists(client, catalog):
    unpublish(catalog["side"])
    sitemap = sitemap_text(client)
    assert "/kd-68s/" not in sitemap and "/products/breakers-side/" not in sitemap
    assert "/products/breakers-top/kdb-140/" in sitemap
    assert "KD-68S" not in client.get("/").content.decode()  # featured on the home page while published
    assert "KD-68S" not in client.get("/products/breakers/").content.decode()


def test_republishing_a_category_brings_its_products_back(client, catalog):
    unpublish(catalog["side"])
    url = catalog["kd68"].get_absolute_url()
    assert client.get(url).status_code == 404
    catalog["side"].is_published = True
    catalog["side"].save()
    assert client.get(url).status_code == 200
    assert url in sitemap_text(client)


def test_category_admin_filters_by_published(admin_client, catalog):
    unpublish(Category.objects.get(slug="buckets-rock"))
    response = admin_client.get(reverse("admin:products_category_changelist"), {"is_published__exact": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert ">岩石斗<" in html and ">破碎锤<" not in html
