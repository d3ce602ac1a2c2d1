"""What every app's demo seeder writes with: rows by natural key, files by fixed name, one summary line.

Seeding never overwrites what an editor changed: by default ``upsert`` creates the rows that are
missing and leaves every existing row (and its files) as it is, and a seeder fills a row's links
and child rows only when ``may_write(row)`` (the row is new). Inside ``restoring()`` (``seed_demo
--reset``) existing rows are brought back to the demo values, their files and links too.

A seeder counts what it does in a ``collections.Counter``: its own kinds of things ("pages",
"products"…), plus the row outcomes ``upsert`` records and the files ``file_values`` writes.
A second run of ``seed_demo`` then reports every row kept and no file written.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions

OUTCOMES = ("created", "updated", "unchanged", "kept")
FILES_WRITTEN = "files written"

_restoring = ContextVar("restoring_demo_content", default=False)


@contextmanager
def restoring():
    """Within it, seeders restore the demo content: existing rows, files and links get the demo values back."""
    token = _restoring.set(True)
    try:
        yield
    finally:
        _restoring.reset(token)


def is_restoring():
    """Whether seeders run inside ``restoring()``."""
    return _restoring.get()


def may_write(row):
    """Whether a seeder may set ``row``'s links and child rows: it was just created, or the demo is being restored."""
    return is_restoring() or getattr(row, "_created_by_seeder", False)


def upsert(counts, model, *, defaults, create_defaults=None, files=None, **lookup):
    """The row found by ``lookup``, or created from ``defaults`` when missing; an existing row is kept as it is.

    Inside ``restoring()`` an existing row is brought up to ``defaults`` instead, and saved only
    when a value differs (like ``QuerySet.update_or_create``, except that an unchanged row is not
    saved again, so no ``updated_at`` moves and no cached page is invalidated). ``create_defaults``
    (default: ``defaults``) are the values of a new row. ``files`` maps a file field to
    ``(filename, make_bytes)``; see ``file_values``. Counts the outcome in ``counts``.
    """
    try:
        row = model._default_manager.get(**lookup)  # a natural key: two matches are an error
    except model.DoesNotExist:
        row = None
    if row is not None and not is_restoring():
        counts["kept"] += 1
        return row
    for field_name, (filename, make_bytes) in (files or {}).items():
        values = file_values(model, field_name, row, filename, make_bytes, counts)
        defaults = defaults | values
        create_defaults = None if create_defaults is None else create_defaults | values
    if row is None:
        row = model._default_manager.create(**lookup, **(defaults if create_defaults is None else create_defaults))
        row._created_by_seeder = True
        counts["created"] += 1
        return row
    changed = False
    for name, value in defaults.items():
        field = model._meta.get_field(name)
        before = field.value_from_object(row)
        setattr(row, name, value)
        # pre_save gives the value as it will be stored (rich text is sanitized, a related row becomes its key).
        changed |= field.pre_save(row, add=False) != before
    if changed:
        row.save()
    counts["updated" if changed else "unchanged"] += 1
    return row


def ensure_file(model, field_name, existing, filename, make_bytes):
    """The storage name to use for a file field, writing the file only when it is missing.

    ``existing`` is the current row (or None). An existing row keeps its file, so a file an
    editor uploaded survives a re-run. A new row, or any row inside ``restoring()``, gets the
    fixed name ``<upload_to><filename>``; that file is generated only if it does not exist yet.
    Returns ``(name, written)``.
    """
    field = model._meta.get_field(field_name)
    storage = field.storage
    if existing is not None and not is_restoring():
        return getattr(existing, field_name).name, False
    name = field.generate_filename(existing if existing is not None else model(), filename)
    if storage.exists(name):
        return name, False
    saved = storage.save(name, ContentFile(make_bytes()))
    return saved, True


def file_values(model, field_name, existing, filename, make_bytes, counts):
    """Field values for a file (see ``ensure_file``) and, when the model stores them, the image's width and height.

    ``upsert(files=…)`` calls it; call it directly when the seeder needs the name before the upsert.
    """
    name, written = ensure_file(model, field_name, existing, filename, make_bytes)
    counts[FILES_WRITTEN] += written
    values = {field_name: name}
    field = model._meta.get_field(field_name)
    if getattr(field, "width_field", None):
        with field.storage.open(name) as image_file:
            width, height = get_image_dimensions(image_file)
        values[field.width_field] = width
        values[field.height_field] = height
    return values


def summary(counts):
    """One line for ``seed_demo``: the seeder's kinds of things, then the row outcomes and the files written."""
    things = ", ".join(f"{number} {kind}" for kind, number in counts.items() if kind not in (*OUTCOMES, FILES_WRITTEN))
    outcomes = ", ".join(f"{counts[outcome]} {outcome}" for outcome in OUTCOMES)
    return f"{things}; rows {outcomes}; {counts[FILES_WRITTEN]} {FILES_WRITTEN}"
