"""Model fields shared by every app."""

from django_ckeditor_5.fields import CKEditor5Field

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
