"""Model fields shared by every app."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.fields import CKEditor5Field

from .documents import clean_filename, detect_kind
from .files import random_name
from .images import FORMATS, image_size, reencode_image
from .sanitize import clean_html
from .validators import validate_image_file


def is_translated_original(model_instance, attname):
    """Whether ``attname`` is a field django-modeltranslation translates (``body`` of ``body_zh_hans``…)."""
    return type(getattr(type(model_instance), attname, None)).__name__ == "TranslationFieldDescriptor"


class RichTextField(CKEditor5Field):
    """HTML edited with CKEditor 5 and sanitized with nh3 every time it is saved."""

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname) or "")
        if self._is_empty_html(value):
            value = ""
        if is_translated_original(model_instance, self.attname):
            # modeltranslation's ``body`` reads (and would write) the active language's ``body_<lang>``, falling
            # back to the Chinese: writing it back would copy the Chinese into an empty English text. Each
            # ``body_<lang>`` is a RichTextField too and cleans itself.
            model_instance.__dict__[self.attname] = value
        else:
            setattr(model_instance, self.attname, value)
        return value

    def clean(self, value, model_instance):
        return super().clean(clean_html(value or ""), model_instance)


class UprightImageFieldFile(ImageFieldFile):
    def _get_image_dimensions(self):
        # Django's get_image_dimensions() lets Pillow parse any format; read the header of accepted ones only.
        if not hasattr(self, "_dimensions_cache"):
            close = self.closed
            self.open()
            try:
                self._dimensions_cache = image_size(self)
            finally:
                if close:
                    self.close()
        return self._dimensions_cache


class ImageUploadFormField(forms.FileField):
    """The form field of :class:`UprightImageField`: a file input that offers the accepted image types.

    Unlike Django's ``forms.ImageField`` it neither hands the upload to every Pillow decoder nor judges
    it by its name; the model field's ``validate_image_file`` (a default validator) decides from the bytes.
    """

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ",".join(f"image/{image_format.lower()}" for image_format in FORMATS)
        return attrs


class UprightImageField(models.ImageField):
    """A public image, stored upright, without metadata and under a random name.

    Phone photos carry their orientation and often a GPS position in EXIF or XMP; other files carry
    comments and text chunks. Every new upload is re-encoded in its own format before it is stored
    (see ``core.images.reencode_image``): the public original leaks nothing, renditions and the stored
    width/height agree, and no browser shows it sideways. It is stored as ``<upload_to>/<random>.<ext>``
    with the extension of the detected format, never the uploader's file name. A file already stored
    is left alone when the model is saved again. Every upload passes ``core.validators.validate_image_file``
    (format allow-list, file and decoded size limits) first, without being named at each field.
    """

    attr_class = UprightImageFieldFile
    default_validators = [validate_image_file]

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            content, image_format = reencode_image(file)
            setattr(model_instance, self.attname, ContentFile(content, name=random_name(FORMATS[image_format])))
        return super().pre_save(model_instance, add)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadFormField, **kwargs})


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
