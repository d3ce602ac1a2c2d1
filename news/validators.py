"""Upload rules for article attachments: the file's content decides, not its name."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import read_head, validate_max_size

MAX_ATTACHMENT_SIZE = 20 * 1024 * 1024

# Office Open XML documents are ZIP files with a content-types part and the part of their kind.
OFFICE_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
ALLOWED_KINDS = ("pdf", "docx", "xlsx")


def detect_document_kind(upload):
    """``"pdf"``, ``"docx"`` or ``"xlsx"`` from the file's bytes, or None for anything else."""
    head = read_head(upload, 5)
    if head == b"%PDF-":
        return "pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    position = upload.tell()
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(position)
    if "[Content_Types].xml" not in names:
        return None
    for kind, part in OFFICE_PARTS.items():
        if part in names:
            return kind
    return None


def validate_attachment_file(upload):
    """Accept PDF, Word (.docx) and Excel (.xlsx) files within the size limit, checked by content."""
    validate_max_size(upload, MAX_ATTACHMENT_SIZE)
    kind = detect_document_kind(upload)
    if kind is None:
        raise ValidationError(
            _("Attachments must be PDF, Word (.docx) or Excel (.xlsx) documents; this file is none of them."),
            code="invalid_document",
        )
    extension = (upload.name or "").rsplit(".", 1)[-1].lower()
    if extension != kind:
        raise ValidationError(
            _("The file's name ends in .%(extension)s but its content is a .%(kind)s document."),
            code="extension_mismatch",
            params={"extension": extension, "kind": kind},
        )
