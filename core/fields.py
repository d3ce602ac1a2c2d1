"""Model fields shared by every app."""

import os

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.fields import CKEditor5Field

from .documents import clean_filename, detect_kind
from .files import random_name
from .images import has_metadata, reencode_image
from .sanitize import clean_html


class RichTextField(CKEditor5Field):
    """HTML edited with CKEditor 5 and sanitized with nh3 every time it is saved."""

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname) or "")
        if self._is_empty_html(value):
            value = ""
        setattr(model_instance, self.attname, value)
        return value

    def clean(self, value, model_instance):
        return super().clean(clean_html(value or ""), model_instance)


class UprightImageField(models.ImageField):
    """An uploaded image stored upright and without its EXIF metadata.

    Phone photos carry their orientation and often a GPS position in EXIF. A new upload
    that has EXIF data is re-encoded before it is stored, so the public original leaks
    nothing, renditions and the stored width/height agree, and no browser shows it sideways.
    """

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed and has_metadata(file):
            content, _format = reencode_image(file)
            setattr(model_instance, self.attname, ContentFile(content, name=os.path.basename(file.name)))
        return super().pre_save(model_instance, add)


class DocumentField(models.FileField):
    """An uploaded document stored under a random name whose extension its bytes decided.

    Validate the upload with ``core.documents.DocumentValidator``; on save, a new upload is
    renamed ``<upload_to><32 hex digits>.<kind>`` (never the uploader's name, which could be
    ``catalogue.html``). When ``name_field`` names a CharField of the model, the uploader's file
    name, cleaned, is kept there for display. A save without a new file keeps the stored name.
    """

    def __init__(self, *args, name_field=None, **kwargs):
        self.name_field = name_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.name_field:
            kwargs["name_field"] = self.name_field
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            kind = detect_kind(file)
            if kind is None:
                raise ValidationError({self.name: _("The file is not a document the site accepts.")}, code="invalid")
            if self.name_field:
                setattr(model_instance, self.name_field, clean_filename(file.name))
            file.name = random_name(kind)
        return super().pre_save(model_instance, add)
