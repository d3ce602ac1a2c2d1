"""Products and their specs in one Excel sheet: the layout, the export, and the import's plan and apply steps.

The sheet has a header row and one row per product. Fixed columns first (:data:`FIXED_COLUMNS`), then one
column per spec field, grouped by product type: ``"<type>·<field> (<unit>)"`` (``"破碎锤·工作重量 (kg)"``).
A product's row fills only the spec columns of its type (the root of its category).

- **网址别名** (the slug) identifies a row: an existing slug updates that product, a new one creates a
  product with it, an empty one creates a product whose slug is made from its name (pinyin).
- **分类** is the category's path of names, ``"破碎锤 / 侧置式破碎锤"`` (export writes that), or its slug.
- **适配品牌** lists excavator brands by name (or English name), separated by ``、`` or commas.
- **已发布**, **首页推荐**: ``是`` or ``否`` (empty is ``否``). **排序**: a whole number (empty is 0).
- An empty spec cell removes that value; a spec column left out of the sheet leaves its values alone.

Import is two steps. :func:`plan_import` reads the rows against the database (a fixed number of queries,
whatever the row count), checks every cell and says per row what would be created, changed or left
alone, writing nothing: that is the dry run. :func:`apply_plan` writes a plan without errors in one
transaction with bulk queries, records one revision per changed product, and bumps the public pages'
content version once. If another editor saved one of the plan's products after the plan was made (two
imports of the same new products confirmed at once), the transaction rolls back whole and
:class:`ImportConflict` says so: nothing is half-written.

Formulas are never executed or stored: the workbook is loaded without ``data_only`` so a formula cell
arrives as a formula (:class:`Formula`) and its row is refused; a text cell that merely starts with
``=``, ``+``, ``-`` or ``@`` is text and stored as such. On export such texts (and texts starting with an
apostrophe) get a leading apostrophe, the escape spreadsheets show as plain text; import takes one
leading apostrophe off, as Excel does with its own quote prefix.
"""

import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.cache import content_changed, content_changes_batched
from core.documents import UnsafeArchive, detect_kind
from core.export import FORMULA_STARTS, MAX_CELL_TEXT
from core.slugs import pinyin_slug

from .catalog import catalog_tree
from .models import ExcavatorBrand, Product, ProductSpec, SpecField
from .models.catalog import normalize_model_number

# The column headers are the file format, the same in every admin language.
FIXED_COLUMNS = (
    ("name", "名称"),
    ("model_number", "型号"),
    ("slug", "网址别名"),
    ("category", "分类"),
    ("summary", "摘要"),
    ("carrier_min_t", "适用挖掘机起 (t)"),
    ("carrier_max_t", "适用挖掘机止 (t)"),
    ("brands", "适配品牌"),
    ("is_published", "已发布"),
    ("is_featured", "首页推荐"),
    ("order", "排序"),
)
LABELS = dict(FIXED_COLUMNS)
# What the header cells' comments tell whoever fills the sheet in.
HEADER_NOTES = {
    "slug": "产品的网址别名（英文或拼音）。已有的别名更新该产品，新的别名新建产品；留空则新建产品并按名称生成别名。",
    "category": "分类的名称路径，如「破碎锤 / 侧置式破碎锤」，或分类的网址别名。",
    "brands": "挖掘机品牌名称，用「、」或逗号分隔。",
    "is_published": "填「是」或「否」，留空为「否」。",
    "is_featured": "填「是」或「否」，留空为「否」。",
    "carrier_min_t": "吨，0–999，最多一位小数。",
    "order": "整数，小的在前，留空为 0。",
}
SPEC_NOTE = "只填写本行产品所属类型的参数列；清空单元格即删除该参数。"
SPEC_SEPARATOR = "·"
CATEGORY_SEPARATOR = " / "
YES, NO = "是", "否"
TRUE_WORDS = {YES, "true", "yes", "y", "1"}
FALSE_WORDS = {NO, "", "false", "no", "n", "0"}

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
# Sheet rows read at most, blank ones included (2,000 products fit many times over).
MAX_SHEET_ROWS = 10000
BATCH_SIZE = 500

NEW, UPDATE, SKIP = "new", "update", "skip"
TRACKED_FIELDS = [
    "name", "model_number", "category_id", "summary", "carrier_min_t", "carrier_max_t",
    "is_published", "is_featured", "order",
]  # fmt: skip


# The sheet holds the Chinese texts, whatever the admin's language: the translated fields (products/translation.py)
# are read and written as their Chinese columns; the English ones are edited on the product's page.
CHINESE_COLUMNS = {"name": "name_zh_hans", "summary": "summary_zh_hans"}


def stored(name):
    """The model attribute a sheet column is kept in."""
    return CHINESE_COLUMNS.get(name, name)


class WorkbookError(Exception):
    """The upload is not a product sheet we can read; the message says why, in the user's language."""


class ImportConflict(WorkbookError):
    """The database changed under a plan while it was written (a unique slug or spec taken meanwhile)."""


class Formula:
    """A cell that holds a formula (its text is kept only to be named in the error)."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text


# Reading ---------------------------------------------------------------------------------------------


def read_sheet(data: bytes):
    """``(headers, rows)`` of the workbook's first sheet; formula cells come as :class:`Formula`.

    Refuses (:class:`WorkbookError`) anything whose bytes are not an .xlsx workbook, a zip bomb, a file over
    :data:`MAX_UPLOAD_SIZE`, an empty sheet and a sheet longer than :data:`MAX_SHEET_ROWS` rows.
    """
    if len(data) > MAX_UPLOAD_SIZE:
        raise WorkbookError(_("The file is larger than %(size)s MB.") % {"size": MAX_UPLOAD_SIZE // (1024 * 1024)})
    file = io.BytesIO(data)
    try:
        kind = detect_kind(file)
    except UnsafeArchive as error:
        raise WorkbookError(str(error.message) % error.params) from error
    if kind != "xlsx":
        raise WorkbookError(_("This file is not an Excel workbook (.xlsx). Export one from this page and fill it in."))
    try:
        # Not data_only: a formula cell is read as its formula, never as a value some program computed.
        book = load_workbook(file, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise WorkbookError(_("The workbook cannot be read; save it again as .xlsx in Excel or WPS.")) from error
    try:
        if not book.worksheets:
            raise WorkbookError(_("The workbook has no sheet."))
        rows = book.worksheets[0].iter_rows()
        headers = [_header_text(cell) for cell in next(rows, ())]
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            raise WorkbookError(_("The first sheet is empty: its first row must hold the column names."))
        body = []
        for cells in rows:
            if len(body) >= MAX_SHEET_ROWS:
                raise WorkbookError(
                    _("The sheet has more than %(count)s rows; import it in parts.") % {"count": MAX_SHEET_ROWS}
                )
            values = [_cell_value(cell) for cell in cells[: len(headers)]]
            body.append(values + [None] * (len(headers) - len(values)))
    finally:
        book.close()
    while body and all(_blank(value) for value in body[-1]):
        body.pop()
    return headers, body


def _header_text(cell):
    return str(cell.value).strip() if cell.value is not None else ""


def _cell_value(cell):
    if cell.data_type == "f":
        return Formula(str(cell.value))
    return cell.value


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value):
    """A cell's value as the text we store: numbers without a trailing ``.0``, one leading apostrophe off."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        return text[1:] if text.startswith("'") else text
    return str(value).strip()


# Writing ---------------------------------------------------------------------------------------------


def escape_text(text):
    """``text`` as a spreadsheet shows and never runs it: formula starts (and an apostrophe) escaped."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text.startswith((*FORMULA_STARTS, "'")):
        text = "'" + text
    return text[:MAX_CELL_TEXT]


def spec_fields_in_order():
    """Every spec field, grouped by product type in tree order, then by the field's own order."""
    tree = catalog_tree()
    position = {category.pk: index for index, category in enumerate(tree.categories)}
    fields = list(SpecField.objects.all())
    for spec_field in fields:
        if spec_field.category_id in tree.by_id:  # the tree's copy: no query per field
            spec_field.category = tree.by_id[spec_field.category_id]
    return sorted(fields, key=lambda f: (position.get(f.category_id, 0), f.order, f.pk))


def spec_label(spec_field):
    label = f"{spec_field.category.name_zh_hans}{SPEC_SEPARATOR}{spec_field.name_zh_hans}"
    return f"{label} ({spec_field.unit})" if spec_field.unit else label


def category_path(category, tree):
    return CATEGORY_SEPARATOR.join(c.name_zh_hans for c in [*tree.ancestors(category), category])


def write_workbook(spec_fields, rows) -> bytes:
    """The .xlsx bytes of the header and ``rows`` (dicts by fixed column key and by spec field id)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="产品")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    headers = []
    for key, label in FIXED_COLUMNS:
        headers.append((label, HEADER_NOTES.get(key) or HEADER_NOTES.get(key.replace("max", "min"))))
    headers += [(spec_label(spec_field), SPEC_NOTE) for spec_field in spec_fields]
    for index, (label, _note) in enumerate(headers):
        sheet.column_dimensions[get_column_letter(index + 1)].width = max(10, min(40, len(label) * 2 + 4))
    header_cells = []
    for label, note in headers:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = bold
        if note:
            cell.comment = Comment(note, "科德集团")
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        values = [row.get(key) for key, _label in FIXED_COLUMNS] + [row.get(f.pk) for f in spec_fields]
        sheet.append([_write_cell(sheet, value) for value in values])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_cell(sheet, value):
    if isinstance(value, bool):
        value = YES if value else NO
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=escape_text(value))
        cell.data_type = "s"  # text, whatever it looks like: never a formula
        return cell
    return WriteOnlyCell(sheet, value=value)


def product_rows(products, tree=None):
    """The sheet rows of ``products`` (with ``brands`` and ``specs`` prefetched)."""
    tree = tree or catalog_tree()
    for product in products:
        category = tree.by_id.get(product.category_id) or product.category
        row = {
            "name": product.name_zh_hans,
            "model_number": product.model_number,
            "slug": product.slug,
            "category": category_path(category, tree),
            "summary": product.summary_zh_hans,
            "carrier_min_t": product.carrier_min_t,
            "carrier_max_t": product.carrier_max_t,
            "brands": "、".join(brand.name for brand in sorted(product.brands.all(), key=lambda b: (b.order, b.pk))),
            "is_published": product.is_published,
            "is_featured": product.is_featured,
            "order": product.order,
        }
        root_id = tree.root_of(category).pk
        for spec in product.specs.all():
            if spec.field.category_id == root_id:
                row[spec.field_id] = spec.value
        yield row


def export_queryset(queryset=None):
    """``queryset`` (every product by default) with what the sheet needs, in a fixed number of queries."""
    queryset = Product.objects.all() if queryset is None else queryset
    return queryset.select_related("category").prefetch_related("brands", "specs__field").order_by("order", "pk")


def build_workbook(products=None) -> bytes:
    """The workbook of ``products`` (a queryset; every product by default): what export answers."""
    tree = catalog_tree()
    return write_workbook(spec_fields_in_order(), product_rows(export_queryset(products), tree))


def sample_workbook(count=20, *, bad_row=None) -> bytes:
    """A workbook of ``count`` new products spread over the catalog's categories (for demos and journeys).

    ``bad_row`` (a sheet row number, the header being row 1) gets a tonnage that is not a number.
    """
    tree = catalog_tree()
    spec_fields = spec_fields_in_order()
    categories = [c for c in tree.categories if c.parent_id is not None] or list(tree.categories)
    brands = list(ExcavatorBrand.objects.order_by("order", "pk")[:2])
    rows = []
    for index in range(count):
        category = categories[index % len(categories)]
        root = tree.root_of(category)
        low = 5 + index % 20
        row = {
            "name": f"演示导入产品 {index + 1}",
            "model_number": f"IMP-{index + 1:03d}",
            "slug": f"imported-demo-{index + 1}",
            "category": category_path(category, tree),
            "summary": "由 Excel 导入的演示产品。",
            "carrier_min_t": low,
            "carrier_max_t": low + 10,
            "brands": "、".join(brand.name for brand in brands),
            "is_published": False,
            "is_featured": False,
            "order": index,
        }
        for spec_field in spec_fields:
            if spec_field.category_id == root.pk:
                row[spec_field.pk] = str(100 + index)
        if bad_row == index + 2:
            row["carrier_min_t"] = "很重"
        rows.append(row)
    return write_workbook(spec_fields, rows)


# Planning (the dry run) --------------------------------------------------------------------------------


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("Row %(row)s, “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class RowPlan:
    row: int
    action: str
    product: Product
    values: dict
    brand_ids: set
    specs: dict  # spec field id -> value ("" removes it), for the spec columns in the sheet
    changed: list = field(default_factory=list)  # labels of the columns that change


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # RowError, by row
    problems: list = field(default_factory=list)  # messages about the whole sheet (headers)

    @property
    def ok(self):
        return not self.errors and not self.problems

    @property
    def messages(self):
        """Every problem, in words: the sheet's first, then the rows' in row order."""
        return [*self.problems, *(str(error) for error in self.errors)]

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self):
        return self.count(NEW)

    @property
    def updated(self):
        return self.count(UPDATE)

    @property
    def unchanged(self):
        return self.count(SKIP)


class _Lookups:
    """What every row is checked against, read once: categories, spec fields, brands, products by slug."""

    def __init__(self):
        self.tree = catalog_tree()
        self.paths = {}
        for category in self.tree.categories:
            key = tuple(c.name_zh_hans.strip() for c in [*self.tree.ancestors(category), category])
            self.paths.setdefault(key, []).append(category)
        self.spec_fields = {}
        self.spec_fields_by_id = {}
        for spec_field in spec_fields_in_order():
            self.spec_fields.setdefault(spec_label(spec_field), spec_field)
            self.spec_fields_by_id[spec_field.pk] = spec_field
        self.brands = {}
        for brand in ExcavatorBrand.objects.all():
            for name in (brand.name, brand.name_en, brand.slug):
                if name:
                    self.brands.setdefault(name.strip().lower(), brand)

    def category(self, text):
        category = self.tree.by_slug.get(text) or self.tree.by_slug.get(text.lower())
        if category is not None:
            return category, None
        path = tuple(part.strip() for part in re.split(r"[/／>›]", text) if part.strip())
        found = self.paths.get(path, [])
        if len(found) == 1:
            return found[0], None
        if found:
            return None, _("several categories have this path; write the category's slug instead")
        return None, _("no category “%(name)s”") % {"name": text}


def _max_length(name):
    return Product._meta.get_field(name).max_length


SPEC_MAX_LENGTH = ProductSpec._meta.get_field("value").max_length
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]+$")
BRAND_SPLIT_RE = re.compile(r"[,，、;；\n]")


def _columns(headers, lookups, plan):
    """``{index: key}`` (a fixed column's key or a SpecField), noting header problems in ``plan``."""
    by_label = {label: key for key, label in FIXED_COLUMNS}
    columns, seen, unknown = {}, set(), []
    for index, header in enumerate(headers):
        if not header:
            continue
        if header in seen:
            plan.problems.append(_("The column “%(column)s” appears twice.") % {"column": header})
            continue
        seen.add(header)
        if header in by_label:
            columns[index] = by_label[header]
        elif header in lookups.spec_fields:
            columns[index] = lookups.spec_fields[header]
        else:
            unknown.append(header)
    missing = [label for key, label in FIXED_COLUMNS if label not in seen]
    if missing:
        plan.problems.append(
            _("Columns missing from the first row: %(columns)s. Export a workbook from this page to get them.")
            % {"columns": "、".join(f"「{name}」" for name in missing)}
        )
    if unknown:
        plan.problems.append(
            _("Unknown columns: %(columns)s. Spec columns are named “type·field (unit)” as in an exported workbook.")
            % {"columns": "、".join(f"「{name}」" for name in unknown[:10]) + ("…" if len(unknown) > 10 else "")}
        )
    return columns


def plan_import(headers, rows) -> ImportPlan:
    """What importing ``rows`` (sheet rows under ``headers``) would do, row by row; writes nothing."""
    plan = ImportPlan()
    lookups = _Lookups()
    columns = _columns(headers, lookups, plan)
    if plan.problems:
        return plan
    parsed = []
    for offset, values in enumerate(rows):
        number = offset + 2  # the header is row 1
        if all(_blank(value) for value in values):
            continue
        parsed.append(_parse_row(number, values, columns, lookups, plan))
    _check_slugs(parsed, plan)
    existing = _existing_products([row["slug"] for row in parsed if row["slug"]])
    taken = set(Product.objects.values_list("slug", flat=True)) if any(not r["slug"] for r in parsed) else set()
    taken |= {row["slug"] for row in parsed if row["slug"]}
    for row in parsed:
        if row["failed"]:
            continue
        product = existing.get(row["slug"])
        if product is None:
            slug = row["slug"] or _free_slug(row["values"]["name"], taken)
            product = Product(slug=slug)
            plan.rows.append(RowPlan(row["row"], NEW, product, row["values"], row["brand_ids"], row["specs"]))
            continue
        changed = [
            LABELS[_label_key(name)] for name in TRACKED_FIELDS if getattr(product, stored(name)) != row["values"][name]
        ]
        if {brand.pk for brand in product.brands.all()} != row["brand_ids"]:
            changed.append(LABELS["brands"])
        current = {spec.field_id: spec.value for spec in product.specs.all()}
        changed += [
            spec_label(lookups.spec_fields_by_id[field_id])
            for field_id, value in row["specs"].items()
            if current.get(field_id, "") != value
        ]
        action = UPDATE if changed else SKIP
        plan.rows.append(RowPlan(row["row"], action, product, row["values"], row["brand_ids"], row["specs"], changed))
    plan.errors.sort(key=lambda error: error.row)
    return plan


def _label_key(name):
    return "category" if name == "category_id" else name


def _parse_row(number, values, columns, lookups, plan):
    errors_before = len(plan.errors)

    def error(column, message):
        plan.errors.append(RowError(number, column, message))

    cells = {}
    for index, key in columns.items():
        value = values[index]
        column = spec_label(key) if isinstance(key, SpecField) else LABELS[key]
        if isinstance(value, Formula):
            error(column, _("is a formula; type the value instead"))
            cells[key] = None
        else:
            cells[key] = value
    out = {"row": number, "values": {}, "brand_ids": set(), "specs": {}, "slug": ""}

    def text(key, required=False):
        value = cell_text(cells.get(key))
        limit = _max_length(key)
        if required and not value and not isinstance(cells.get(key), Formula):
            error(LABELS[key], _("must not be empty"))
        if len(value) > limit:
            error(LABELS[key], _("is longer than %(limit)s characters") % {"limit": limit})
        return value

    values_out = out["values"]
    values_out["name"] = text("name", required=True)
    values_out["model_number"] = text("model_number")
    values_out["summary"] = text("summary")
    slug = text("slug")
    if slug and not SLUG_RE.match(slug):
        error(LABELS["slug"], _("may hold only letters, digits, hyphens and underscores"))
    out["slug"] = slug

    category = None
    category_text = cell_text(cells.get("category"))
    if not category_text:
        error(LABELS["category"], _("must not be empty"))
    else:
        category, problem = lookups.category(category_text)
        if problem:
            error(LABELS["category"], problem)
    values_out["category_id"] = category.pk if category else None

    low = _tonnes(cells.get("carrier_min_t"), LABELS["carrier_min_t"], error)
    high = _tonnes(cells.get("carrier_max_t"), LABELS["carrier_max_t"], error)
    if low is not None and high is not None and low > high:
        error(LABELS["carrier_max_t"], _("must not be below the lower weight"))
    values_out["carrier_min_t"], values_out["carrier_max_t"] = low, high

    names = [name.strip() for name in BRAND_SPLIT_RE.split(cell_text(cells.get("brands"))) if name.strip()]
    unknown = [name for name in names if name.lower() not in lookups.brands]
    if unknown:
        error(
            LABELS["brands"],
            _("no excavator brand %(names)s") % {"names": "、".join(f"「{name}」" for name in unknown)},
        )
    out["brand_ids"] = {lookups.brands[name.lower()].pk for name in names if name.lower() in lookups.brands}

    for key in ("is_published", "is_featured"):
        values_out[key] = _yes_no(cells.get(key), LABELS[key], error)
    values_out["order"] = _order(cells.get("order"), error)

    root = lookups.tree.root_of(category) if category else None
    for key in columns.values():
        if not isinstance(key, SpecField):
            continue
        value = cell_text(cells.get(key))
        if value and root is not None and key.category_id != root.pk:
            error(
                spec_label(key),
                _("belongs to the product type “%(other)s”, and this row's product is a “%(type)s”")
                % {"other": key.category.name, "type": root.name},
            )
        elif len(value) > SPEC_MAX_LENGTH:
            error(spec_label(key), _("is longer than %(limit)s characters") % {"limit": SPEC_MAX_LENGTH})
        elif root is None or key.category_id == root.pk or not value:
            out["specs"][key.pk] = value
    out["failed"] = len(plan.errors) > errors_before
    return out


def _tonnes(value, column, error):
    if _blank(value) or isinstance(value, Formula):
        return None
    if isinstance(value, bool):
        error(column, _("is not a number"))
        return None
    try:
        number = Decimal(repr(value) if isinstance(value, float) else cell_text(value))
    except InvalidOperation:
        error(column, _("is not a number"))
        return None
    if not number.is_finite():
        error(column, _("is not a number"))
        return None
    if not 0 <= number <= 999:
        error(column, _("must be between 0 and 999 tonnes"))
        return None
    if number != number.quantize(Decimal("0.1")):
        error(column, _("may have at most one decimal place"))
        return None
    return number.quantize(Decimal("0.1"))


def _yes_no(value, column, error):
    if isinstance(value, Formula):
        return False
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    error(column, _("must be “是” or “否”"))
    return False


def _order(value, error):
    if _blank(value) or isinstance(value, Formula):
        return 0
    text = cell_text(value)
    if not text.isdigit() or int(text) > 2147483647:
        error(LABELS["order"], _("must be a whole number of 0 or more"))
        return 0
    return int(text)


def _check_slugs(parsed, plan):
    first_row = {}
    for row in parsed:
        slug = row["slug"]
        if not slug:
            continue
        if slug in first_row:
            plan.errors.append(
                RowError(row["row"], LABELS["slug"], _("repeats row %(row)s") % {"row": first_row[slug]})
            )
            row["failed"] = True
        else:
            first_row[slug] = row["row"]


def _existing_products(slugs):
    found = {}
    for start in range(0, len(slugs), BATCH_SIZE):
        chunk = slugs[start : start + BATCH_SIZE]
        for product in Product.objects.filter(slug__in=chunk).prefetch_related("brands", "specs"):
            found[product.slug] = product
    return found


def _free_slug(name, taken):
    """A slug for a new product named ``name`` that no product and no other row uses (as core.slugs does)."""
    max_length = _max_length("slug")
    base = pinyin_slug(name)[:max_length].strip("-") or "product"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = f"{base[: max_length - len(suffix)].rstrip('-')}{suffix}"
    taken.add(candidate)
    return candidate


# Applying ----------------------------------------------------------------------------------------------


def apply_plan(plan: ImportPlan, *, user=None, file_name=""):
    """Write ``plan`` (which must have no errors) in one transaction; the content version bumps once after it.

    Returns the saved products of the rows created or changed. Bulk queries throughout: the number of
    queries grows by one per :data:`BATCH_SIZE` rows, plus what the revision history stores.
    """
    import reversion

    if not plan.ok:
        raise ValueError("A plan with errors cannot be applied.")
    written = [row for row in plan.rows if row.action != SKIP]
    if not written:
        return []
    now = timezone.now()
    try:
        return _write_plan(written, now, reversion, user, file_name)
    except IntegrityError as error:
        # Outside the transaction: it rolled back whole, and the content version was not bumped.
        raise ImportConflict(
            _(
                "Someone else changed these products while they were being imported; "
                "upload the file again, check it and then import it."
            )
        ) from error


def _write_plan(written, now, reversion, user, file_name):
    with content_changes_batched(), transaction.atomic():
        for row in written:
            for name, value in row.values.items():
                setattr(row.product, stored(name), value)
            row.product.model_key = normalize_model_number(row.product.model_number)
            row.product.updated_at = now
        new = [row.product for row in written if row.action == NEW]
        Product.objects.bulk_create(new, batch_size=BATCH_SIZE)
        updated = [row.product for row in written if row.action == UPDATE]
        fields = [*map(stored, TRACKED_FIELDS), "model_key", "updated_at"]
        Product.objects.bulk_update(updated, fields, batch_size=BATCH_SIZE)
        _write_brands(written)
        _write_specs(written)
        content_changed()
        if not reversion.is_registered(Product):  # the admin registers it (core.history.HistoryAdmin)
            return [row.product for row in written]
        with reversion.create_revision(atomic=False):
            if user is not None and user.is_authenticated:
                reversion.set_user(user)
            reversion.set_comment(_("Imported %(file)s") % {"file": file_name} if file_name else _("Imported"))
            products = Product.objects.filter(pk__in=[row.product.pk for row in written])
            for product in products.prefetch_related("brands", "specs__field", "images"):
                reversion.add_to_revision(product)
    return [row.product for row in written]


def _write_brands(written):
    through = Product.brands.through
    old = {}
    for row in written:
        if row.action == UPDATE:
            old[row.product.pk] = {brand.pk for brand in row.product.brands.all()}
    changed = [row for row in written if old.get(row.product.pk, set()) != row.brand_ids]
    stale = [row.product.pk for row in changed if row.action == UPDATE]
    for start in range(0, len(stale), BATCH_SIZE):
        through.objects.filter(product_id__in=stale[start : start + BATCH_SIZE]).delete()
    links = [
        through(product_id=row.product.pk, excavatorbrand_id=brand_id)
        for row in changed
        for brand_id in sorted(row.brand_ids)
    ]
    through.objects.bulk_create(links, batch_size=BATCH_SIZE)


def _write_specs(written):
    create, update, delete = [], [], []
    for row in written:
        current = {spec.field_id: spec for spec in row.product.specs.all()} if row.action == UPDATE else {}
        for field_id, value in row.specs.items():
            spec = current.get(field_id)
            if spec is None and value:
                create.append(ProductSpec(product_id=row.product.pk, field_id=field_id, value=value))
            elif spec is not None and not value:
                delete.append(spec.pk)
            elif spec is not None and spec.value != value:
                spec.value = value
                update.append(spec)
    for start in range(0, len(delete), BATCH_SIZE):
        ProductSpec.objects.filter(pk__in=delete[start : start + BATCH_SIZE]).delete()
    ProductSpec.objects.bulk_update(update, ["value"], batch_size=BATCH_SIZE)
    ProductSpec.objects.bulk_create(create, batch_size=BATCH_SIZE)
