#!/usr/bin/env python
"""Benchmark: import 2,000 products with their specs from an Excel workbook, on a throw-away SQLite database.

Builds a catalog like the real one (9 product types, 3 subcategories each, 8 spec fields per type, 7
excavator brands), writes a workbook of ``BENCH_PRODUCTS`` (2,000) new products with
``products.workbook.sample_workbook`` and times, as the admin runs them: reading the sheet and the dry
run; the import; the dry run of the same file again (every row unchanged); the export. Prints seconds
and query counts. Run: ``.venv/bin/python scripts/bench_import.py``.
"""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("BENCH_PRODUCTS", "2000"))


def main():
    workdir = tempfile.mkdtemp(prefix="kede-bench-import-")
    os.environ.update(
        DJANGO_DEBUG="1",
        DJANGO_SETTINGS_MODULE="kede_site.settings",
        DATABASE_URL=f"sqlite:///{workdir}/bench.sqlite3",
        DJANGO_MEDIA_ROOT=f"{workdir}/media",
        DJANGO_PRIVATE_MEDIA_ROOT=f"{workdir}/private",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from products.models import Category, ExcavatorBrand, Product, ProductSpec, SpecField
    from products.workbook import apply_plan, build_workbook, plan_import, read_sheet, sample_workbook

    call_command("migrate", verbosity=0)
    for t in range(9):
        root = Category.objects.create(name=f"类型{t}", slug=f"type-{t}", order=t)
        for s in range(3):
            Category.objects.create(name=f"小类{t}-{s}", slug=f"type-{t}-{s}", parent=root, order=s)
        for f in range(8):
            SpecField.objects.create(category=root, name=f"参数{f}", unit="kg", order=f)
    for b in range(7):
        ExcavatorBrand.objects.create(name=f"品牌{b}", slug=f"brand-{b}", order=b)

    data = sample_workbook(COUNT)
    print(f"workbook: {COUNT} products, {len(data) / 1024:.0f} KiB")

    def timed(label, work):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = work()
            seconds = time.perf_counter() - started
        print(f"{label:<40} {seconds:6.2f} s  {len(queries):5d} queries")
        return result

    plan = timed("read + dry run (all new)", lambda: plan_import(*read_sheet(data)))
    assert plan.ok and plan.created == COUNT, plan.messages[:5]
    timed("import (bulk, one transaction)", lambda: apply_plan(plan, file_name="bench.xlsx"))
    print(f"stored: {Product.objects.count()} products, {ProductSpec.objects.count()} spec values")
    again = timed("read + dry run again (all unchanged)", lambda: plan_import(*read_sheet(data)))
    assert again.unchanged == COUNT
    timed("export", build_workbook)


if __name__ == "__main__":
    try:
        main()
    finally:
        for leftover in Path(tempfile.gettempdir()).glob("kede-bench-import-*"):
            shutil.rmtree(leftover, ignore_errors=True)
