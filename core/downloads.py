"""Handing out files: private files to staff with a permission, public media with safe headers.

``private_file_response(request, field_file, filename=..., permission=...)`` is the one way a
private file (``core.storage.private_storage``) leaves the server: anonymous visitors are sent to
the admin login, staff without the permission get 403, everyone else gets the file as a download
that no browser renders or caches, and ``file_downloaded`` records who took what.
``PrivateFileView`` wraps it for a model's file field. ``serve_media`` is the DEBUG ``/media/``
view with the same rules as ``deploy/nginx/kede.conf``.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.dispatch import Signal
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, resolve_url
from django.views import View
from django.views.static import serve

from .documents import KINDS, clean_filename, extension_of

# Sent after a private file was handed out: sender is the model class of the file's instance,
# with ``request``, ``user`` and ``file`` (the FieldFile). Connect a receiver to keep an audit log.
file_downloaded = Signal()

IMAGE_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}
# The only types /media/ serves as themselves; anything else is application/octet-stream.
MEDIA_TYPES = IMAGE_TYPES | {kind.extension: kind.content_type for kind in KINDS.values()}
# Shown in the page (<video>); every other non-image is a download.
INLINE_TYPES = set(IMAGE_TYPES) | {"mp4"}


def content_type_for(name):
    return MEDIA_TYPES.get(extension_of(name), "application/octet-stream")


def _check_access(request, permission):
    """Raise PermissionDenied or return a redirect to the admin login unless the user may download."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), resolve_url("admin:login"))
    if not (user.is_active and user.is_staff and user.has_perm(permission)):
        raise PermissionDenied
    return None


def _no_render_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "sandbox"
    return response


def private_file_response(request, field_file, *, filename, permission, inline=False):
    """The file of ``field_file`` as an attachment named ``filename``, for a user with ``permission``.

    ``filename`` is cleaned (no folders or control characters; Chinese is kept and sent RFC 5987
    encoded); its extension is replaced by the stored file's, which the bytes decided.
    ``inline=True`` lets an image we re-encoded ourselves (a repair photo) show in the staff's page
    (``<img>``); any other type is still an attachment. Both stay private, no-store, nosniff and sandboxed.
    """
    refusal = _check_access(request, permission)
    if refusal is not None:
        return refusal
    if not field_file:
        raise Http404
    try:
        handle = field_file.storage.open(field_file.name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    name = clean_filename(filename)
    stem = (name.rsplit(".", 1)[0] if "." in name else name) or "download"
    extension = extension_of(field_file.name)
    download_name = f"{stem}.{extension}" if extension else stem
    as_attachment = not (inline and extension in IMAGE_TYPES)
    response = FileResponse(
        handle, as_attachment=as_attachment, filename=download_name, content_type=content_type_for(field_file.name)
    )
    response.headers["Cache-Control"] = "private, no-store"
    _no_render_headers(response)
    file_downloaded.send(sender=type(field_file.instance), request=request, user=request.user, file=field_file)
    return response


class PrivateFileView(View):
    """``/…/<pk>/download/`` for ``model``'s ``file_field``, checked against ``permission``.

    The permission is checked before the object is looked up, so nobody without it can tell
    which records exist. Override ``get_filename(obj)`` for the name the browser saves.
    """

    model = None
    file_field = "file"
    permission = None

    def get(self, request, pk):
        refusal = _check_access(request, self.permission)
        if refusal is not None:
            return refusal
        obj = get_object_or_404(self.model, pk=pk)
        field_file = getattr(obj, self.file_field)
        return private_file_response(request, field_file, filename=self.get_filename(obj), permission=self.permission)

    def get_filename(self, obj):
        return str(obj)


def serve_media(request, path):
    """DEBUG only: ``/media/`` from MEDIA_ROOT, never rendered as a page of the site.

    Only the types we store keep their content type; documents are downloads; everything is
    sandboxed and ``nosniff``. Production: ``deploy/nginx/kede.conf`` does the same.
    """
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response.headers["Content-Type"] = content_type_for(path)
    if extension_of(path) not in INLINE_TYPES:
        response.headers["Content-Disposition"] = "attachment"
    return _no_render_headers(response)
