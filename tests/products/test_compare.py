import pytest

pytestmark = pytest.mark.django_db
URL = "/products/compare/"


def test_two_products_of_a_type_side_by_side_with_differences_marked(client, catalog):
    a, b = catalog["kd68"], catalog["kd45"]
    response = client.get(URL, {"ids": f"{a.pk},{b.pk}"})
    html = response.content.decode()
    assert response.status_code == 200
    assert [p.pk for p in response.context["products"]] == [a.pk, b.pk]
    rows = {row["field"].name: row for row in response.context["rows"]}
    assert rows["工作重量"]["cells"] == ["1650", "320"] and rows["工作重量"]["differs"]
    assert 'class="differs"' in html


def test_identical_values_are_not_marked(client, catalog):
    a, b = catalog["kd68"], catalog["kd45"]
    from products.models import ProductSpec

    ProductSpec.objects.filter(product=b, field__name="工作流量").update(value="80-110")
    rows = {r["field"].name: r for r in client.get(URL, {"ids": f"{a.pk},{b.pk}"}).context["rows"]}
    assert not rows["工作流量"]["differs"]


def test_ticked_boxes_redirect_to_the_short_shareable_address(client, catalog):
    a, b = catalog["kd68"], catalog["kd140"]
    response = client.get(f"{URL}?ids={a.pk}&ids={b.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?ids={a.pk},{b.pk}"


@pytest.mark.parametrize(
    ("ids", "message", "shown"),
    [
        ("kd68,rock", "不属于同一产品类型", 1),
        ("kd68,kd45,kd140,kd68", None, 3),  # a repeated id counts once
        ("", "请至少选择两个", 0),
        ("kd68", "请至少选择两个", 1),
    ],
)
def test_compare_explains_what_it_cannot_do(client, catalog, ids, message, shown):
    value = ",".join(str(catalog[key].pk) for key in ids.split(",") if key)
    response = client.get(URL, {"ids": value})
    assert response.status_code == 200
    if message:
        assert message in response.content.decode()
    assert len(response.context["products"]) == shown


def test_more_than_four_products_are_cut_to_four_with_a_message(client, catalog):
    from products.factories import ProductFactory

    extra = [ProductFactory(category=catalog["side"]) for _ in range(3)]
    ids = [catalog["kd68"].pk, catalog["kd45"].pk, catalog["kd140"].pk, *[p.pk for p in extra]]
    response = client.get(URL, {"ids": ",".join(map(str, ids))})
    assert len(response.context["products"]) == 4
    assert "最多可比较 4 个产品" in response.content.decode()


@pytest.mark.parametrize("ids", ["abc", "1;DROP TABLE", "999999,888888", "-1,2", "1.5", "²", "9" * 40, "%00"])
def test_ids_that_are_not_products_get_a_clear_message(client, catalog, ids):
    response = client.get(URL, {"ids": ids})
    assert response.status_code == 200
    html = response.content.decode()
    assert "不是产品编号" in html or "未找到" in html


def test_unpublished_products_cannot_be_compared(client, catalog):
    catalog["kd45"].is_published = False
    catalog["kd45"].save()
    response = client.get(URL, {"ids": f"{catalog['kd68'].pk},{catalog['kd45'].pk}"})
    assert [p.pk for p in response.context["products"]] == [catalog["kd68"].pk]
