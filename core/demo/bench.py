"""Bench content: the size the company will reach, written in bulk on top of the demo content.

``manage.py seed_bench`` first loads the demo content (site settings, pages, the nine product types
with their spec fields, news categories, jobs, offices), then lets each installed app with a
``demo.bench`` module add its share through one function:

- ``seed_bench(size, progress)``: bulk-insert the app's rows for ``size`` (a :class:`BenchSize`)
  and return a ``collections.Counter`` of what it wrote. ``progress(label, total)`` gives a
  :class:`Progress` to ``advance(n)`` as batches go in. Rows are made with ``bulk_create``: no
  ``save()``, no signals, so a module fills in what ``save()`` would (slugs, derived keys).
- ``SEED_AFTER`` (optional), as for demo seeders.

The modules run in dependency order, in one transaction.
"""

import math
import sys
import time
from dataclasses import dataclass
from importlib import import_module
from itertools import islice

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule

from . import in_dependency_order

BATCH = 2000  # rows per INSERT; SQLite's variable limit (32766) holds 2,000 rows of up to 16 columns


@dataclass(frozen=True)
class BenchSize:
    """How much content ``seed_bench`` writes; ``scaled(0.01)`` for a quick test."""

    categories: int = 200
    products: int = 5000
    articles: int = 20000
    messages: int = 10000
    applications: int = 10000

    def scaled(self, factor):
        # Categories shrink less: a test still wants several per product type.
        return BenchSize(
            categories=max(45, round(self.categories * factor)),
            products=max(1, math.ceil(self.products * factor)),
            articles=max(1, math.ceil(self.articles * factor)),
            messages=max(1, math.ceil(self.messages * factor)),
            applications=max(1, math.ceil(self.applications * factor)),
        )


def bench_seeders():
    """``(app label, demo.bench module)`` of every installed app that has one, in dependency order."""
    found = {}
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo"):
            demo = import_module(f"{config.name}.demo")
            if getattr(demo, "__path__", None) and module_has_submodule(demo, "bench"):
                module = import_module(f"{config.name}.demo.bench")
                if callable(getattr(module, "seed_bench", None)):
                    found[config.label] = module
    after = {label: getattr(module, "SEED_AFTER", ()) for label, module in found.items()}
    if any(isinstance(names, str) for names in after.values()):
        raise ImproperlyConfigured("A bench seeder's SEED_AFTER must be a list of app labels.")
    return [(label, found[label]) for label in in_dependency_order(after)]


def batched(rows, size=BATCH):
    """Lists of up to ``size`` items from the iterable ``rows``."""
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def bulk_insert(model, rows, bar, size=BATCH):
    """``bulk_create`` the iterable ``rows`` of ``model`` in batches, advancing ``bar``; returns the count."""
    written = 0
    for chunk in batched(rows, size):
        model._default_manager.bulk_create(chunk, batch_size=size)
        written += len(chunk)
        bar.advance(len(chunk))
    return written


class Progress:
    """A one-line progress bar on ``stream``: redrawn in place on a terminal, every quarter otherwise.

    Our own twenty lines rather than tqdm: the bar is all we need, and a dependency for it would be
    one more package to pin and audit.
    """

    width = 30

    def __init__(self, label, total, stream=None):
        self.label, self.total, self.done = label, max(total, 1), 0
        self.stream = stream or sys.stderr
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.started = time.perf_counter()
        self._last_quarter = -1
        self._draw()

    def advance(self, n=1):
        self.done = min(self.total, self.done + n)
        self._draw()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if exc_info[0] is None:
            self.close()

    def close(self):
        self.done = self.total
        self._draw(final=True)

    def _draw(self, final=False):
        share = self.done / self.total
        quarter = int(share * 4)
        if not self.tty and not final and quarter == self._last_quarter:
            return
        self._last_quarter = quarter
        filled = int(share * self.width)
        line = (
            f"{self.label:<24} [{'#' * filled}{'.' * (self.width - filled)}] "
            f"{self.done:>6}/{self.total:<6} {time.perf_counter() - self.started:5.1f}s"
        )
        if self.tty:
            self.stream.write("\r" + line + ("\n" if final else ""))
        elif final:
            self.stream.write(line + "\n")
        self.stream.flush()
