"""Spreadsheet downloads (.xlsx) of records that hold text typed by the public.

``spreadsheet_response(filename, columns, rows)`` answers an Excel workbook with one sheet: a bold,
frozen header row of ``columns`` and one row per item of ``rows``. Excel, WPS and LibreOffice open
it with Chinese text as is (the file format is UTF-8 XML, unlike CSV, whose encoding Excel guesses).

Formula injection: a text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be taken as a formula by a spreadsheet (in a CSV saved from the workbook, or when someone
edits the cell), so it is written as a text cell starting with an apostrophe (``'=HYPERLINK(…)``),
the escape OWASP recommends, which every spreadsheet program shows as plain text. No cell of the
workbook is ever a formula. Characters XML cannot hold are dropped; a text longer than a cell can
hold is cut.
"""

import datetime
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel's limit for the text of one cell.
MAX_CELL_TEXT = 32767
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


def safe_text(value):
    """``value`` as text a spreadsheet shows and never runs: formula starts escaped, XML-illegal characters dropped."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text[:MAX_CELL_TEXT]


def cell_value(value):
    """What a cell holds for ``value``: numbers and dates stay themselves (local time), the rest is safe text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(timezone.localtime(value))
        return value.replace(microsecond=0)
    if isinstance(value, datetime.date):
        return value
    return safe_text(value)


def _cell(sheet, value, **style):
    cell = WriteOnlyCell(sheet, value=cell_value(value))
    if isinstance(cell.value, datetime.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(cell.value, datetime.date):
        cell.number_format = DATE_FORMAT
    if isinstance(cell.value, str):
        # A text cell, whatever it looks like; never a formula, never a number Excel would reformat.
        cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def workbook_bytes(columns: Sequence, rows: Iterable[Sequence], *, sheet_title="Sheet1") -> bytes:
    """The .xlsx file of ``columns`` (header labels) and ``rows`` (sequences of cell values), as bytes."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=safe_text(sheet_title).lstrip("'")[:31] or "Sheet1")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns):
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = max(10, min(40, len(str(column)) * 2 + 4))
    bold = Font(bold=True)
    sheet.append([_cell(sheet, str(column), font=bold) for column in columns])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def spreadsheet_response(filename, columns, rows, *, sheet_title="Sheet1"):
    """A download of the workbook of ``columns`` and ``rows`` named ``filename`` (".xlsx" added if missing).

    The response is private and never stored by a cache: it holds personal data.
    """
    if not filename.lower().endswith(".xlsx"):
        filename += ".xlsx"
    response = HttpResponse(workbook_bytes(columns, rows, sheet_title=sheet_title), content_type=CONTENT_TYPE)
    response.headers["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
