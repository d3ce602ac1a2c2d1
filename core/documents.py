"""Document uploads: the bytes decide the type, and the name must agree with them.

``detect_kind(file)`` reads a file's first bytes (and, for Office Open XML, the ZIP's central
directory, never unpacking it) and answers one of the kinds below or None. ``DocumentValidator``
accepts a file only when its content is one of the allowed kinds *and* its name ends in that
kind's extension, so ``catalogue.html`` that starts with ``%PDF-`` is refused. What is stored is
named by :func:`core.files.random_name` from the detected kind (see ``core.fields.DocumentField``).
"""

import os
import re
import struct
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

from .validators import read_head, validate_max_size


@dataclass(frozen=True)
class Kind:
    extension: str
    content_type: str
    label: str


KINDS = {
    "pdf": Kind("pdf", "application/pdf", "PDF"),
    "doc": Kind("doc", "application/msword", "Word (.doc)"),
    "docx": Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)"),
    "xlsx": Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)"),
    "mp4": Kind("mp4", "video/mp4", "MP4"),
}

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Office Open XML documents are ZIP files with a content-types part and the part of their kind.
OFFICE_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}

# Below this many unpacked bytes a document harms nobody, however repetitive (and so packable) it is.
RATIO_FLOOR = 1024 * 1024
_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"


class UnsafeArchive(Exception):
    """A ZIP whose declared contents are too large or too tightly packed to be a real document."""

    def __init__(self, message, code, params):
        super().__init__(message)
        self.message, self.code, self.params = message, code, params


def detect_kind(file):
    """``"pdf"``, ``"doc"``, ``"docx"``, ``"xlsx"`` or ``"mp4"`` from the file's bytes, or None.

    Leaves the file's position where it was. Raises :class:`UnsafeArchive` for a ZIP whose
    central directory declares more than ``DOCUMENT_MAX_UNPACKED_SIZE`` bytes, more than
    ``DOCUMENT_MAX_ZIP_ENTRIES`` entries or (past 1 MiB) a compression ratio over
    ``DOCUMENT_MAX_COMPRESSION_RATIO``.
    """
    head = read_head(file, 12)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return "doc"
    if len(head) == 12 and head[4:8] == b"ftyp" and struct.unpack(">I", head[:4])[0] >= 8:
        return "mp4"
    if head.startswith(ZIP_MAGIC):
        return _office_kind(file)
    return None


def _office_kind(file):
    position = file.tell()
    try:
        _check_entry_count(file)
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
        return None
    finally:
        file.seek(position)
    _check_entry_count_is_at_most(settings.DOCUMENT_MAX_ZIP_ENTRIES, len(entries))
    _check_unpacked_size(entries)
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names:
        return None
    for kind, part in OFFICE_PARTS.items():
        if part in names:
            return kind
    return None


def _check_entry_count(file):
    """Refuse an archive whose end record announces too many entries, before zipfile reads them all."""
    file.seek(0, os.SEEK_END)
    size = file.tell()
    tail_size = min(size, 22 + 0xFFFF)  # the end record plus the longest comment
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(_END_OF_CENTRAL_DIRECTORY)
    if at < 0 or len(tail) < at + 22:
        raise zipfile.BadZipFile("no end of central directory")
    entries, directory_size = struct.unpack("<HI", tail[at + 10 : at + 16])
    # zipfile reads the whole directory, however many entries the end record claims: bound both.
    # 0xFFFF (a ZIP64 archive) is refused too: no document of ours needs one.
    _check_entry_count_is_at_most(settings.DOCUMENT_MAX_ZIP_ENTRIES, entries, directory_size // 1024)


def _check_entry_count_is_at_most(limit, *counts):
    if max(counts) > limit:
        raise UnsafeArchive(_("The document holds more than %(limit)s parts."), "too_many_parts", {"limit": limit})


def _check_unpacked_size(entries):
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries)
    limit = settings.DOCUMENT_MAX_UNPACKED_SIZE
    if unpacked > limit:
        raise UnsafeArchive(
            _("The document unpacks to %(size)s; the most accepted is %(limit)s."),
            "unpacks_too_large",
            {"size": filesizeformat(unpacked), "limit": filesizeformat(limit)},
        )
    ratio = settings.DOCUMENT_MAX_COMPRESSION_RATIO
    if unpacked > RATIO_FLOOR and unpacked > ratio * max(packed, 1):
        raise UnsafeArchive(
            _("The document is compressed more than %(ratio)s to 1, which no real document is."),
            "compression_ratio",
            {"ratio": ratio},
        )


def extension_of(name):
    """The lower-case extension of a file name without the dot (``"Report.PDF"`` → ``"pdf"``), or ``""``."""
    base = os.path.basename(name or "")
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def clean_filename(name, max_length=100):
    """A file name safe to show and to offer for download: no folders, control characters or quotes.

    Keeps Chinese and other letters; ``"../../简历 2026\\n.pdf"`` → ``"简历 2026.pdf"``.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(
        char for char in unicodedata.normalize("NFC", base) if unicodedata.category(char)[0] not in "CZ" or char == " "
    )
    base = re.sub(r'["<>:|?*;]', "", base)
    base = re.sub(r"\s+", " ", base).strip(" .")
    if len(base) > max_length:
        stem, dot, extension = base.rpartition(".")
        keep = max_length - len(dot + extension)
        base = stem[:keep].rstrip() + dot + extension if dot and 0 < len(extension) < 10 else base[:max_length]
    return base


@deconstructible(path="core.documents.DocumentValidator")
class DocumentValidator:
    """Accepts a file whose bytes are one of ``kinds`` and whose name ends in that kind's extension.

    ``DocumentValidator(("pdf", "doc", "docx"), max_size=10 * 1024 * 1024)``; ``max_size`` in bytes.
    """

    def __init__(self, kinds, max_size):
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"Unknown document kinds: {sorted(unknown)}")
        self.kinds = tuple(kinds)
        self.max_size = max_size

    def __call__(self, upload):
        validate_max_size(upload, self.max_size)
        try:
            kind = detect_kind(upload)
        except UnsafeArchive as error:
            raise ValidationError(error.message, code=error.code, params=error.params) from error
        if kind not in self.kinds:
            raise ValidationError(
                _("This file's content is not %(kinds)s."),
                code="invalid_document",
                params={"kinds": get_text_list([KINDS[kind].label for kind in self.kinds])},
            )
        if extension_of(upload.name) != KINDS[kind].extension:
            raise ValidationError(
                _("This file's content is %(label)s, so its name must end in .%(extension)s."),
                code="extension_mismatch",
                params={"label": KINDS[kind].label, "extension": KINDS[kind].extension},
            )

    def __eq__(self, other):
        return isinstance(other, DocumentValidator) and (self.kinds, self.max_size) == (other.kinds, other.max_size)

    def __hash__(self):
        return hash((self.kinds, self.max_size))
