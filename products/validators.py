"""Upload and input rules of the catalog."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.documents import DocumentValidator

MAX_BROCHURE_SIZE = 20 * 1024 * 1024
MAX_VIDEO_SIZE = 200 * 1024 * 1024

# The type comes from the bytes and the name must end in its extension (core.documents).
validate_pdf_file = DocumentValidator(("pdf",), max_size=MAX_BROCHURE_SIZE)
validate_mp4_file = DocumentValidator(("mp4",), max_size=MAX_VIDEO_SIZE)


def validate_video_embed_url(value):
    """Accept only ``https://<allowed host>/…`` written plainly, so every URL parser reads the same host.

    Browsers (the WHATWG URL standard) read ``\\`` as ``/``, drop tabs and newlines, skip extra
    slashes after ``https:`` and map full-width letters to ASCII, while Python's ``urlsplit`` does
    none of that: ``https://evil.example\\@player.bilibili.com/`` is bilibili to one and evil.example
    to the other. So the address must be printable ASCII without backslashes or whitespace, start
    with exactly ``https://`` and an allowed host in lower case (no user info, port or IP literal),
    and go on with a path.
    """
    value = value or ""
    try:
        host = urlsplit(value).netloc if value.isascii() and value.isprintable() else ""
    except ValueError:  # "https://[…" is an unbalanced IPv6 literal to urlsplit
        host = ""
    if (
        host not in settings.VIDEO_EMBED_HOSTS
        or not value.startswith(f"https://{host}/")
        or any(char.isspace() or char == "\\" for char in value)
    ):
        raise ValidationError(
            _("Embed addresses must start with https:// and come from Bilibili, Tencent Video or Youku."),
            code="embed_host",
        )
