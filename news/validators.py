"""Upload rules for article attachments: the file's content decides its type, and its name must agree."""

from core.documents import DocumentValidator

MAX_ATTACHMENT_SIZE = 20 * 1024 * 1024
ATTACHMENT_KINDS = ("pdf", "docx", "xlsx")

validate_attachment_file = DocumentValidator(ATTACHMENT_KINDS, max_size=MAX_ATTACHMENT_SIZE)
