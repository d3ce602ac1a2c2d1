"""Upload rules for résumés: PDF, DOC or DOCX decided by the bytes, at most CAREERS_RESUME_MAX_SIZE."""

from django.conf import settings

from core.documents import DocumentValidator

RESUME_KINDS = ("pdf", "doc", "docx")


def resume_max_size():
    return settings.CAREERS_RESUME_MAX_SIZE


def validate_resume_file(upload):
    """The size limit is read at each call, so a changed setting (or a test's override) applies at once."""
    DocumentValidator(RESUME_KINDS, max_size=resume_max_size())(upload)
