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
    parts = urlsplit(value)
    if parts.scheme != "https" or parts.hostname not in settings.VIDEO_EMBED_HOSTS:
        raise ValidationError(
            _("Embed addresses must start with https:// and come from Bilibili, Tencent Video or Youku."),
            code="embed_host",
        )
