"""A test-only URLconf: private downloads the way the careers and service apps will wire them."""

from django.db.models.fields.files import FieldFile, FileField
from django.urls import path

from core.downloads import PrivateFileView, private_file_response, serve_media
from core.storage import private_storage
from kede_site.urls import urlpatterns as site_urlpatterns
from news.models import Attachment


class Resume:
    """Stands in for a model instance holding a private file (the careers app's application)."""


RESUME_FIELD = FileField(storage=private_storage)
RESUME_FIELD.name = "resume"


def resume_download(request, name):
    field_file = FieldFile(Resume(), RESUME_FIELD, f"resumes/{name}")
    return private_file_response(request, field_file, filename="张三 的简历.pdf", permission="news.view_attachment")


def inline_view(request, name):
    """A private file shown in the page when it is an image (the service app's repair photos)."""
    field_file = FieldFile(Resume(), RESUME_FIELD, f"private/{name}")
    return private_file_response(request, field_file, filename="照片", permission="news.view_attachment", inline=True)


urlpatterns = [
    path("resumes/<str:name>", resume_download),
    path("inline/<str:name>", inline_view),
    path(
        "attachments/<int:pk>/download/",
        PrivateFileView.as_view(model=Attachment, permission="news.change_attachment"),
    ),
    # What kede_site.urls adds with DJANGO_DEBUG on (see test_the_debug_media_route_of_the_site_is_the_safe_one).
    path("media/<path:path>", serve_media),
    *site_urlpatterns,
]
