"""Upload and input rules of the catalog."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_BROCHURE_SIZE = 20 * 1024 * 1024
MAX_VIDEO_SIZE = 200 * 1024 * 1024


def _head(upload, size):
    position = upload.tell()
    upload.seek(0)
    head = upload.read(size)
    upload.seek(position)
    return head


def validate_pdf_file(upload):
    if upload.size > MAX_BROCHURE_SIZE:
        raise ValidationError(
            _("The file is %(size)s; the largest accepted is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BROCHURE_SIZE)},
        )
    if not _head(upload, 5) == b"%PDF-":
        raise ValidationError(_("The file is not a PDF document."), code="not_pdf")


def validate_mp4_file(upload):
    if upload.size > MAX_VIDEO_SIZE:
        raise ValidationError(
            _("The file is %(size)s; the largest accepted is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_VIDEO_SIZE)},
        )
    head = _head(upload, 12)
    if len(head) < 12 or head[4:8] != b"ftyp":
        raise ValidationError(_("The file is not an MP4 video."), code="not_mp4")


def validate_video_embed_url(value):
    parts = urlsplit(value)
    if parts.scheme != "https" or parts.hostname not in settings.VIDEO_EMBED_HOSTS:
        raise ValidationError(
            _("Embed addresses must start with https:// and come from Bilibili, Tencent Video or Youku."),
            code="embed_host",
        )
