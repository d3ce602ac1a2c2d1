"""Image uploads from the rich-text editor (CKEditor 5), for staff only.

Replaces django-ckeditor-5's own endpoint, which saves files under their
original names at the media root and lets broken images through as 500s. Here
the file is validated like every other image upload, re-encoded (which applies
EXIF orientation and drops all metadata but the colour profile, GPS positions
included) and stored under a random name in a dated folder.
"""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .files import random_name
from .images import FORMATS, reencode_image
from .validators import validate_image_file


@require_POST
def editor_image_upload(request):
    if not (request.user.is_authenticated and request.user.is_staff):
        return JsonResponse({"error": {"message": _("Only staff may upload files.")}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("Choose an image to upload.")}}, status=400)
    try:
        validate_image_file(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    content, image_format = reencode_image(upload)
    name = f"uploads/editor/{timezone.now():%Y/%m}/{random_name(FORMATS[image_format])}"
    saved = default_storage.save(name, ContentFile(content))
    return JsonResponse({"url": default_storage.url(saved)})
