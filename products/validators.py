"""Upload and input rules of the catalog."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import read_head, validate_max_size

MAX_BROCHURE_SIZE = 20 * 1024 * 1024
MAX_VIDEO_SIZE = 200 * 1024 * 1024


def validate_pdf_file(upload):
    validate_max_size(upload, MAX_BROCHURE_SIZE)
    if not read_head(upload, 5) == b"%PDF-":
        raise ValidationError(_("The file is not a PDF document."), code="not_pdf")


def validate_mp4_file(upload):
    validate_max_size(upload, MAX_VIDEO_SIZE)
    head = read_head(upload, 12)
    if len(head) < 12 or head[4:8] != b"ftyp":
        raise ValidationError(_("The file is not an MP4 video."), code="not_mp4")


def validate_video_embed_url(value):
    parts = urlsplit(value)
    if parts.scheme != "https" or parts.hostname not in settings.VIDEO_EMBED_HOSTS:
        raise ValidationError(
            _("Embed addresses must start with https:// and come from Bilibili, Tencent Video or Youku."),
            code="embed_host",
        )
