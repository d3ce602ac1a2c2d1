"""Model fields shared by every app."""

import os

from django.core.files.base import ContentFile
from django.db import models
from django_ckeditor_5.fields import CKEditor5Field

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
