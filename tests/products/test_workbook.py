"""Excel import and export of products with their specs (products.workbook, products.resources)."""

import io
import os
import tempfile
import threading
import time
import zipfile
from decimal import Decimal

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook, load_workbook
from reversion.models import Version

from core.cache import content_version
from products.models import ExcavatorBrand, Product, ProductSpec
from products.resources import TMP_PREFIX
from products.workbook import (
    FIXED_COLUMNS,
    ImportConflict,
    apply_plan,
    build_workbook,
    plan_import,
    read_sheet,
    sample_workbook,
)
from tests.test_admin_chinese import english_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_temp_dir(monkeypatch, tmp_path):
    """The uploads kept between a dry run and its confirmation go to a temp dir of this test's own: another
    test process (make test runs several) may keep uploads in the shared one while a test counts them."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))


IMPORT_URL = reverse("admin:products_product_import")
CONFIRM_URL = reverse("admin:products_product_process_import")
EXPORT_URL = reverse("admin:products_product_export")
FIXED = [label for _key, label in FIXED_COLUMNS]
SPECS = ["破碎锤·冲击能量 (J)", "破碎锤·工作重量 (kg)", "破碎锤·工作流量 (L/min)", "挖掘机挖斗·斗容 (m³)"]


def sheet(rows, headers=None, *, text_cells=()):
    """A real .xlsx made by openpyxl: ``rows`` of values under ``headers``; a string starting with ``=``
    is a formula cell unless its (row, column) is in ``text_cells``."""
    book = Workbook()
    ws = book.active
    ws.append(headers if headers is not None else [*FIXED, *SPECS])
    for row in rows:
        ws.append(row)
    for row_number, column in text_cells:
        ws.cell(row=row_number, column=column).data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row(name="新破碎锤", model="KD-99", slug="kd-99", category="破碎锤 / 侧置式破碎锤", summary="", low=10, high=20,
        brands="沃尔沃", published="否", featured="否", order=0, specs=("10-20", "900", "", "")):  # fmt: skip
    return [name, model, slug, category, summary, low, high, brands, published, featured, order, *specs]


def rows_of(data):
    headers, body = read_sheet(data)
    return headers, body


def plan_of(data):
    return plan_import(*read_sheet(data))


def upload(client, data, name="products.xlsx"):
    return client.post(
        IMPORT_URL, {"format": "0", "resource": "0", "import_file": SimpleUploadedFile(name, data)}, follow=False
    )


def confirm(client, dry_run_response):
    form = dry_run_response.context["confirm_form"]
    return client.post(CONFIRM_URL, {name: form.initial[name] for name in form.fields})


def errors_of(response):
    return [str(message) for message in response.context["result"].plan.messages]


# Export


def test_export_writes_fixed_columns_then_spec_columns_by_type(admin_client, catalog):
    response = admin_client.get(EXPORT_URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    ws = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in ws[1]] == [*FIXED, *SPECS]
    assert ws["D1"].comment is not None  # the header explains the category column
    by_slug = {r[2]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert by_slug["kd-68s"] == (
        "侧置式液压破碎锤", "KD-68S", "kd-68s", "破碎锤 / 侧置式破碎锤", "坚固耐用的挖掘机属具。", 18, 26,
        "沃尔沃、小松", "是", "是", 0, "2500", "1650", "80-110", None,
    )  # fmt: skip
    assert by_slug["krb-1-6"][11:] == (None, None, None, "1.6")


def test_export_follows_the_change_list_filter(admin_client, catalog):
    response = admin_client.get(EXPORT_URL + f"?category__id__inhierarchy={catalog['buckets'].pk}")
    slugs = [r[2] for r in load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=2, values_only=True)]
    assert slugs == ["krb-1-6"]


def test_export_with_a_made_up_filter_goes_back_to_the_list(admin_client, catalog):
    response = admin_client.get(EXPORT_URL + "?nonsense__field=1")
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_export_escapes_text_that_starts_like_a_formula(catalog):
    Product.objects.filter(slug="kd-45s").update(summary='=HYPERLINK("http://x")', model_number="-5")
    ws = load_workbook(io.BytesIO(build_workbook())).active
    cells = {r[2].value: r for r in ws.iter_rows(min_row=2)}
    assert cells["kd-45s"][4].value == '\'=HYPERLINK("http://x")'
    assert cells["kd-45s"][4].data_type == "s"
    assert cells["kd-45s"][1].value == "'-5"
    assert not any(cell.data_type == "f" for r in ws.iter_rows() for cell in r)


# Round trip and dry run


def test_round_trip_of_an_export_changes_nothing(catalog):
    plan = plan_of(build_workbook())
    assert plan.messages == []
    assert (plan.created, plan.updated, plan.unchanged) == (0, 0, 4)


def test_dry_run_stores_nothing_and_reports_created_changed_and_unchanged(admin_client, catalog):
    ws = load_workbook(io.BytesIO(build_workbook())).active
    for cells in ws.iter_rows(min_row=2):
        if cells[2].value == "kd-45s":
            cells[0].value = "侧置式小型破碎锤（新款）"
            cells[12].value = "330"
    ws.append(row())
    buffer = io.BytesIO()
    ws.parent.save(buffer)
    before = (Product.objects.count(), ProductSpec.objects.count(), Version.objects.count())
    version = content_version()

    response = upload(admin_client, buffer.getvalue())

    assert response.status_code == 200
    assert (Product.objects.count(), ProductSpec.objects.count(), Version.objects.count()) == before
    assert content_version() == version
    plan = response.context["result"].plan
    assert (plan.created, plan.updated, plan.unchanged) == (1, 1, 3)
    changed = next(r for r in plan.rows if r.action == "update")
    assert changed.changed == ["名称", "破碎锤·工作重量 (kg)"]
    assert next(r for r in plan.rows if r.action == "new").row == 6
    assert "将新建 1 个产品、更改 1 个、3 个不变" in response.content.decode()
    assert response.context["confirm_form"] is not None


def test_confirm_imports_and_the_same_file_a_second_time_changes_nothing(admin_client, catalog):
    data = sheet([row(brands="沃尔沃、小松", published="是")])
    version = content_version()
    response = confirm(admin_client, upload(admin_client, data))
    assert response.status_code == 302
    product = Product.objects.get(slug="kd-99")
    assert (product.name, product.category, product.carrier_min_t, product.is_published) == (
        "新破碎锤",
        catalog["side"],
        Decimal("10.0"),
        True,
    )
    assert product.model_key == "kd99"
    assert {b.name for b in product.brands.all()} == {"沃尔沃", "小松"}
    assert {s.field.name: s.value for s in product.specs.all()} == {"冲击能量": "10-20", "工作重量": "900"}
    assert content_version() == version + 1  # one bump for the whole import
    revision = Version.objects.get_for_object(product).get().revision
    assert revision.comment == "导入 products.xlsx"
    entry = LogEntry.objects.get(object_id=str(product.pk))
    assert (entry.action_flag, entry.get_change_message()) == (ADDITION, "从 Excel 导入")

    second = upload(admin_client, data)
    plan = second.context["result"].plan
    assert (plan.created, plan.updated, plan.unchanged) == (0, 0, 1)
    confirm(admin_client, second)
    assert Product.objects.filter(slug="kd-99").count() == 1
    assert Version.objects.get_for_object(product).count() == 1
    assert content_version() == version + 1  # nothing changed, nothing to retire


def test_an_update_clears_emptied_specs_and_replaces_brands(admin_client, catalog):
    kd68 = row(name="侧置式液压破碎锤", model="KD-68S", slug="kd-68s", brands="小松", specs=("", "1700", "", ""))
    data = sheet([kd68])
    confirm(admin_client, upload(admin_client, data))
    product = Product.objects.get(slug="kd-68s")
    assert {s.field.name: s.value for s in product.specs.all()} == {"工作重量": "1700"}
    assert [b.name for b in product.brands.all()] == ["小松"]


def test_a_row_without_slug_gets_one_from_its_name(catalog):
    Product.objects.filter(slug="kd-68s").update(slug="xin-po-sui-chui")
    plan = plan_of(sheet([row(slug=""), row(slug="", model="KD-98")]))
    assert [r.product.slug for r in plan.rows] == ["xin-po-sui-chui-2", "xin-po-sui-chui-3"]


# Errors


BAD_ROWS = [
    (row(category="破碎锤 / 不存在"), "第 2 行「分类」找不到分类「破碎锤 / 不存在」"),
    (row(specs=("", "", "", "1.2")), "第 2 行「挖掘机挖斗·斗容 (m³)」属于产品类型「挖掘机挖斗」，本行产品是「破碎锤」"),
    (row(low="很重"), "第 2 行「适用挖掘机起 (t)」不是数字"),
    (row(low=30, high=20), "第 2 行「适用挖掘机止 (t)」不能小于起始吨位"),
    (row(low=1.25), "第 2 行「适用挖掘机起 (t)」最多一位小数"),
    (row(brands="沃尔沃、卡特"), "第 2 行「适配品牌」找不到挖掘机品牌「卡特」"),
    (row(name=""), "第 2 行「名称」不能为空"),
    (row(name="长" * 101), "第 2 行「名称」超过 100 个字符"),
    (row(slug="新 别名"), "第 2 行「网址别名」只能包含字母、数字、连字符和下划线"),
    (row(published="也许"), "第 2 行「已发布」请填写「是」或「否」"),
    (row(order=-1), "第 2 行「排序」应为 0 或更大的整数"),
    (row(specs=("", "x" * 101, "", "")), "第 2 行「破碎锤·工作重量 (kg)」超过 100 个字符"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_ROWS)
def test_a_bad_row_is_named_with_its_row_and_column(catalog, bad, message):
    assert plan_of(sheet([bad])).messages == [message]


def test_a_slug_twice_in_the_sheet_is_refused_on_its_second_row(catalog):
    plan = plan_of(sheet([row(), row(model="KD-98"), row(slug="other")]))
    assert plan.messages == ["第 3 行「网址别名」与第 2 行重复"]


def uploads_kept():
    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith(TMP_PREFIX)}


def test_one_bad_row_imports_nothing_and_lists_the_error_in_chinese(admin_client, catalog):
    data = sheet([row(), row(slug="kd-98", category="不存在")])
    kept = uploads_kept()
    response = upload(admin_client, data)
    assert response.status_code == 200
    assert response.context.get("confirm_form") is None
    assert "第 3 行「分类」找不到分类「不存在」" in response.content.decode()
    assert not Product.objects.filter(slug__in=["kd-99", "kd-98"]).exists()
    assert uploads_kept() == kept  # a sheet with errors is not kept for a confirmation


def test_confirm_after_the_data_changed_imports_nothing(admin_client, catalog):
    dry_run = upload(admin_client, sheet([row(), row(slug="kd-98", brands="小松")]))
    ExcavatorBrand.objects.filter(name="小松").delete()
    version = content_version()
    response = confirm(admin_client, dry_run)
    assert response.status_code == 200
    assert "第 3 行「适配品牌」找不到挖掘机品牌「小松」" in response.content.decode()
    assert not Product.objects.filter(slug__in=["kd-99", "kd-98"]).exists()
    assert content_version() == version


def test_a_formula_cell_is_refused(catalog):
    plan = plan_of(sheet([row(summary="=1+1"), row(slug="kd-98", low="=A1*2")]))
    assert plan.messages == ["第 2 行「摘要」是公式，请填写值", "第 3 行「适用挖掘机起 (t)」是公式，请填写值"]


def test_text_that_looks_like_a_formula_is_stored_as_text(admin_client, catalog):
    data = sheet([row(summary="=1+1", model="@SUM(A1)")], text_cells=[(2, 5), (2, 2)])
    confirm(admin_client, upload(admin_client, data))
    product = Product.objects.get(slug="kd-99")
    assert (product.summary, product.model_number) == ("=1+1", "@SUM(A1)")
    # …and comes back unchanged through an export.
    assert plan_of(build_workbook()).updated == 0


def test_forged_confirmation_file_names_are_refused(admin_client, catalog):
    victim = tempfile.NamedTemporaryFile(delete=False)
    victim.close()
    response = admin_client.post(
        CONFIRM_URL,
        {"import_file_name": os.path.basename(victim.name), "original_file_name": "x.xlsx", "format": "0"},
    )
    assert response.status_code == 200
    assert "上传的文件已失效，请重新上传。" in response.content.decode()
    assert os.path.exists(victim.name)
    os.remove(victim.name)


def test_confirming_an_upload_that_is_gone_asks_for_it_again(admin_client, catalog):
    dry_run = upload(admin_client, sheet([row()]))
    os.remove(os.path.join(tempfile.gettempdir(), dry_run.context["confirm_form"].initial["import_file_name"]))
    response = confirm(admin_client, dry_run)
    assert response.status_code == 200
    assert "上传的文件已失效，请重新上传。" in response.content.decode()
    assert not Product.objects.filter(slug="kd-99").exists()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"name,model\n", "products.xlsx"),
        (b"%PDF-1.4 not a sheet", "products.xlsx"),
        (b"PK\x03\x04 broken zip", "products.xlsx"),
    ],
)
def test_files_that_are_not_xlsx_are_refused_by_their_bytes(admin_client, catalog, data, name):
    response = upload(admin_client, data, name)
    assert response.status_code == 200
    assert response.context["form"].errors["import_file"]
    assert "Excel" in str(response.context["form"].errors["import_file"])


def test_a_docx_named_xlsx_is_refused(admin_client, catalog):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    response = upload(admin_client, buffer.getvalue())
    assert response.context["form"].errors["import_file"]


def test_a_file_over_the_size_cap_is_refused(admin_client, catalog, monkeypatch):
    monkeypatch.setattr("products.resources.MAX_UPLOAD_SIZE", 100)
    response = upload(admin_client, sheet([row()]))
    assert "import_file" in response.context["form"].errors


@pytest.mark.parametrize(
    ("headers", "rows", "message"),
    [
        ([], [], "第一个工作表是空的"),
        (FIXED, [], "工作表首行之下没有产品行"),
        (["名字", *FIXED[1:]], [row()[:11]], "缺少这些列：「名称」"),
        ([*FIXED, "破碎锤·重量"], [row()[:12]], "未知的列：「破碎锤·重量」"),
        ([*FIXED, "名称"], [row()[:12]], "「名称」列出现了两次"),
    ],
)
def test_an_empty_sheet_or_wrong_headers_get_a_clear_message(admin_client, catalog, headers, rows, message):
    response = upload(admin_client, sheet(rows, headers))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context.get("confirm_form") is None


# Permissions


def test_editors_may_import_and_export(staff_client, catalog):
    client, _user = staff_client("Editors")
    page = client.get(reverse("admin:products_product_changelist")).content.decode()
    assert "导入 Excel" in page and "导出 Excel" in page
    assert client.get(IMPORT_URL).status_code == 200
    assert client.get(EXPORT_URL).status_code == 200


def test_hr_may_neither_import_nor_export(staff_client, catalog):
    client, _user = staff_client("HR")
    assert client.get(IMPORT_URL).status_code == 403
    assert upload(client, sheet([row()])).status_code == 403
    assert client.get(EXPORT_URL).status_code == 403
    assert not Product.objects.filter(slug="kd-99").exists()


def test_viewing_alone_exports_but_does_not_import(staff_client, catalog, django_user_model):
    from django.contrib.auth.models import Permission

    client, user = staff_client(None)
    user.user_permissions.add(Permission.objects.get(codename="view_product"))
    page = client.get(reverse("admin:products_product_changelist")).content.decode()
    assert "导出 Excel" in page and "导入 Excel" not in page
    assert client.get(EXPORT_URL).status_code == 200
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(CONFIRM_URL, {}).status_code == 403


# Cost


def count_import_queries(rows):
    data = sheet(rows)
    with CaptureQueriesContext(connection) as plan_queries:
        plan = plan_of(data)
    from products.workbook import apply_plan

    with CaptureQueriesContext(connection) as apply_queries:
        apply_plan(plan, file_name="x.xlsx")
    return len(plan_queries), len(apply_queries)


def test_import_queries_do_not_grow_per_row(catalog):
    cache.clear()
    existing = row(name="侧置式液压破碎锤", model="KD-68S", slug="kd-68s", summary="新摘要")
    small = count_import_queries([existing, *(row(slug=f"a-{n}", model=f"A-{n}") for n in range(5))])
    cache.clear()
    large = count_import_queries([existing, *(row(slug=f"b-{n}", model=f"B-{n}") for n in range(60))])
    # The dry run: the category tree, the spec fields, the brands, the products by slug with their brands and
    # specs; the same for 5 rows or 60 (or 2,000: scripts/bench_import.py).
    assert large[0] == small[0] == 6
    # The import: bulk queries. SQLite takes at most 999 parameters a query, so the products' and the
    # revision history's inserts take one more query every ~45 products: far below one per row.
    assert (large[1] - small[1]) / (60 - 5) < 0.1


# The admin pages in Chinese


def test_import_pages_show_no_english(admin_client, catalog):
    assert english_on(admin_client.get(IMPORT_URL)) == []
    assert english_on(upload(admin_client, sheet([row()]))) == []
    assert english_on(upload(admin_client, sheet([row(low="x")]))) == []
    assert english_on(admin_client.get(reverse("admin:products_product_changelist"))) == []


def test_the_demo_workbook_imports_twenty_products_and_names_its_bad_row(catalog):
    assert plan_of(sample_workbook()).created == 20
    assert plan_of(sample_workbook(bad_row=7)).messages == ["第 7 行「适用挖掘机起 (t)」不是数字"]


def test_an_import_that_deletes_many_specs_bumps_the_content_version_once(admin_client, catalog):
    # Deleting spec values sends a post_delete per row; inside the import they retire the cache once.
    rows = [
        row(name=p.name, model=p.model_number, slug=p.slug, category="破碎锤 / 侧置式破碎锤", low=18, high=26,
            specs=("", "", "", ""))
        for p in (catalog["kd68"], catalog["kd45"], catalog["kd140"])
    ]  # fmt: skip
    version = content_version()
    confirm(admin_client, upload(admin_client, sheet(rows)))
    assert not ProductSpec.objects.filter(product__slug__in=["kd-68s", "kd-45s", "kdb-140"]).exists()
    assert content_version() == version + 1


def test_a_product_moved_to_another_type_takes_that_types_specs(admin_client, catalog):
    moved = row(
        name="侧置式小型破碎锤", model="KD-45S", slug="kd-45s", category="buckets-rock", specs=("", "", "", "0.8")
    )
    response = upload(admin_client, sheet([moved]))
    assert response.context["result"].plan.rows[0].changed == [
        "分类", "摘要", "适用挖掘机起 (t)", "适用挖掘机止 (t)", "已发布", "适配品牌",
        "破碎锤·冲击能量 (J)", "破碎锤·工作重量 (kg)", "破碎锤·工作流量 (L/min)", "挖掘机挖斗·斗容 (m³)",
    ]  # fmt: skip
    confirm(admin_client, response)
    product = Product.objects.get(slug="kd-45s")
    assert product.category.slug == "buckets-rock"
    assert {s.field.name: s.value for s in product.specs.all()} == {"斗容": "0.8"}


def create_product_in_another_transaction(category, slug, inserted, hold_seconds=1.5):
    """Another editor's save on its own connection: the row is written, then committed ``hold_seconds`` later."""
    try:
        with transaction.atomic():
            Product.objects.create(name="别人先保存的", model_number="KD-98", slug=slug, category=category)
            inserted.set()
            time.sleep(hold_seconds)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_two_editors_confirming_the_same_new_product_at_once_get_a_message_and_nothing_half_written(
    admin_client, catalog
):
    """A true race on two connections: the confirm step plans before the other save commits and writes after it."""
    dry_run = upload(admin_client, sheet([row(), row(name="另一个", model="KD-98", slug="kd-98")]))
    version = content_version()
    inserted = threading.Event()
    other = threading.Thread(target=create_product_in_another_transaction, args=(catalog["side"], "kd-98", inserted))
    other.start()
    assert inserted.wait(10)
    try:
        response = confirm(admin_client, dry_run)
    finally:
        other.join()
    assert response.status_code == 200
    page = response.content.decode()
    assert "导入时其他人同时修改了这些产品，请重新上传文件核对后再导入。" in page
    assert "未导入任何内容" in page
    assert not Product.objects.filter(slug="kd-99").exists()  # the other row of the sheet was rolled back too
    assert Product.objects.get(slug="kd-98").name == "别人先保存的"
    assert not ProductSpec.objects.filter(product__slug__in=["kd-99", "kd-98"]).exists()
    assert not LogEntry.objects.filter(object_repr__contains="新破碎锤").exists()
    assert content_version() == version + 2  # the other editor's save (at the save and at its commit), no more

    # Uploading the file again shows the product as one to change; confirming it then works.
    second = upload(admin_client, sheet([row(), row(name="另一个", model="KD-98", slug="kd-98")]))
    assert (second.context["result"].plan.created, second.context["result"].plan.updated) == (1, 1)
    assert confirm(admin_client, second).status_code == 302
    assert Product.objects.get(slug="kd-98").name == "另一个"


def test_a_plan_written_after_someone_saved_one_of_its_new_products_writes_nothing(catalog):
    """The same conflict on one connection: the plan is made, then the slug is taken before it is written."""
    plan = plan_of(sheet([row(), row(name="另一个", model="KD-98", slug="kd-98")]))
    Product.objects.create(name="别人先保存的", model_number="KD-98", slug="kd-98", category=catalog["side"])
    version = content_version()
    with pytest.raises(ImportConflict, match="导入时其他人同时修改了这些产品"):
        apply_plan(plan)
    assert not Product.objects.filter(slug="kd-99").exists()
    assert content_version() == version
