"""An editor's day with products in the admin (issue 10's journeys).

- A breaker is created with the spec rows of its type laid out, saved as a draft, warned about its missing
  image, given one, published, edited a second time and reverted to its first version.
- A workbook of 20 products with one bad row is refused with that row's error before anything is stored;
  the corrected workbook is checked, then imported.
"""

import io

import pytest
from django.test import Client
from PIL import Image
from playwright.sync_api import expect

from products.models import Product
from products.workbook import sample_workbook

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(staff_page):
    return staff_page("Editors")


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 120, 20)).save(buffer, "PNG")
    return buffer.getvalue()


def save_and_continue(page):
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_editor_creates_a_breaker_publishes_it_edits_it_and_reverts_to_the_first_version(editor, catalog):
    page = editor
    energy, weight, flow = catalog["fields"]
    page.goto("/admin/products/product/add/")
    specs = page.locator("#product-specs")
    expect(specs).not_to_contain_text("冲击能量")  # no type chosen yet: nothing to lay out

    page.fill("#id_name_zh_hans", "液压破碎锤")
    page.fill("#id_model_number", "KD-88S")
    page.select_option("#id_category", str(catalog["side"].pk))
    # The breaker's own rows, one per field with its unit, and no field of another type.
    expect(page.locator(f"#id_spec_{energy.pk}")).to_be_visible()
    for field in (energy, weight, flow):
        expect(specs).to_contain_text(field.name)
        expect(specs).to_contain_text(field.unit)
    expect(specs).not_to_contain_text(catalog["capacity"].name)
    page.fill(f"#id_spec_{energy.pk}", "3000")
    page.fill(f"#id_spec_{weight.pk}", "1800")
    page.fill("#id_carrier_min_t", "20")
    page.fill("#id_carrier_max_t", "28")
    expect(page.locator("#id_is_published")).not_to_be_checked()  # a new product starts as a draft
    save_and_continue(page)

    product = Product.objects.get(model_number="KD-88S")
    assert product.slug == "ye-ya-po-sui-chui"  # filled in from the name in pinyin
    assert not product.is_published
    assert {spec.field_id: spec.value for spec in product.specs.all()} == {energy.pk: "3000", weight.pk: "1800"}
    expect(page.locator(".messagelist .warning")).to_contain_text("还没有图片")
    assert Client().get(product.get_absolute_url()).status_code == 404  # visitors never see a draft

    # Second visit: the rows come back filled; add the image and publish.
    expect(page.locator(f"#id_spec_{energy.pk}")).to_have_value("3000")
    page.set_input_files("#id_cover", files=[{"name": "kd88.png", "mimeType": "image/png", "buffer": png_bytes()}])
    page.check("#id_is_published")
    save_and_continue(page)
    expect(page.locator(".messagelist .warning")).to_have_count(0)
    product.refresh_from_db()
    assert product.is_published and product.cover

    public = page.context.new_page()
    public.goto(product.get_absolute_url())
    expect(public.locator("h1")).to_contain_text("液压破碎锤")
    expect(public.locator("main")).to_contain_text("3000")
    public.close()

    # A second edit, then back to the first version from the history.
    page.fill(f"#id_spec_{energy.pk}", "3200")
    page.fill("#id_name_zh_hans", "液压破碎锤（加强型）")
    save_and_continue(page)
    assert product.specs.get(field=energy).value == "3200"

    page.locator(".object-tools a.historylink").click()
    versions = page.locator("#change-history tbody tr")
    expect(versions).to_have_count(3)
    versions.last.get_by_role("link", name="查看并恢复到此版本").click()
    page.locator("input[type=submit]").first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    product.refresh_from_db()
    assert product.name == "液压破碎锤"
    assert not product.is_published
    assert {spec.field_id: spec.value for spec in product.specs.all()} == {energy.pk: "3000", weight.pk: "1800"}


def test_editor_imports_twenty_products_and_sees_the_bad_row_before_anything_is_stored(editor, catalog):
    page = editor
    before = Product.objects.count()
    page.goto("/admin/products/product/")
    page.get_by_role("link", name="导入 Excel").click()

    page.get_by_label("Excel 工作簿（.xlsx）").set_input_files(
        files=[
            {"name": "products.xlsx", "mimeType": "application/octet-stream", "buffer": sample_workbook(20, bad_row=7)}
        ]
    )
    page.get_by_role("button", name="检查文件").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("第 7 行")
    expect(alert).to_contain_text("不是数字")
    expect(page.get_by_role("button", name="确认导入")).to_have_count(0)
    assert Product.objects.count() == before

    page.get_by_label("Excel 工作簿（.xlsx）").set_input_files(
        files=[{"name": "products.xlsx", "mimeType": "application/octet-stream", "buffer": sample_workbook(20)}]
    )
    page.get_by_role("button", name="检查文件").click()
    expect(page.locator(".import-summary")).to_contain_text("将新建 20 个产品")
    expect(page.locator("#import-rows tbody tr")).to_have_count(20)
    assert Product.objects.count() == before  # the check stores nothing

    page.get_by_role("button", name="确认导入").click()
    expect(page.locator(".messagelist")).to_contain_text("20")
    assert Product.objects.count() == before + 20
    assert Product.objects.filter(slug__startswith="imported-demo-", is_published=False).count() == 20
