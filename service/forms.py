"""Every input of the service pages: the message/inquiry form, the repair request with its photos,
the repair status lookup and the sales-network filter."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.antispam import SpamProtectionMixin
from core.phones import normalize_phone
from core.submissions import ReferenceLookupMixin, new_submission_key
from core.validators import validate_image_file, validate_max_size
from products.models import Category

from .models import (
    BODY_MAX_LENGTH,
    FAULT_MAX_LENGTH,
    MAX_PHOTO_BYTES,
    MAX_PHOTOS,
    Message,
    RepairRequest,
)
from .provinces import PROVINCES

REFERENCE_MAX_LENGTH = 20
# Newlines, tabs and other control characters have no place in a one-line field (a name, a subject):
# they would break an e-mail header or the admin's list.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def validate_single_line(value):
    if CONTROL_CHARACTERS.search(value or ""):
        raise ValidationError(_("Write this on one line, without line breaks."), code="multiline")


PROVINCE_ERRORS = {
    "required": _("Choose your province."),
    "invalid_choice": _("Choose your province from the list."),
}


def province_field():
    return forms.ChoiceField(
        label=_("Province"),
        choices=[("", _("Choose a province")), *PROVINCES],
        error_messages=PROVINCE_ERRORS,
    )


def phone_field(label):
    return forms.CharField(
        label=label,
        max_length=30,
        help_text=_("Mainland mobile numbers as they are; other numbers with the country code, e.g. +852."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
        error_messages={"required": _("Enter a mobile phone number.")},
    )


class SubmissionKeyMixin:
    """A one-time key sent with the form: a reload or a double click stores nothing more."""

    def init_submission_key(self):
        self.fields["submission_key"] = forms.CharField(widget=forms.HiddenInput, max_length=64)
        if not self.is_bound and "submission_key" not in self.initial:
            self.initial["submission_key"] = new_submission_key()

    def clean_submission_key(self):
        key = self.cleaned_data["submission_key"]
        if not key.isalnum():
            raise forms.ValidationError(_("The form was damaged; reload the page and send it again."))
        return key


class MessageForm(SpamProtectionMixin, SubmissionKeyMixin, forms.ModelForm):
    """在线留言. The products (an inquiry) come from the address (?product=), not from the form."""

    phone = phone_field(_("Mobile phone"))
    province = province_field()
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("At most %(count)s characters.") % {"count": BODY_MAX_LENGTH},
        error_messages={
            "required": _("Write your message."),
            "max_length": _("The message is too long: at most %(limit_value)d characters (it has %(show_value)d)."),
        },
    )

    class Meta:
        model = Message
        fields = ["name", "phone", "email", "company", "province", "subject", "body"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        error_messages = {
            "name": {"required": _("Enter your name."), "max_length": _("The name is too long.")},
            "subject": {"required": _("Enter a subject."), "max_length": _("The subject is too long.")},
            "email": {"invalid": _("Enter a valid e-mail address, e.g. name@example.com.")},
            "company": {"max_length": _("The company name is too long.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.init_submission_key()
        self.fields["email"].help_text = _("Optional; we send the reference number and our reply there.")
        for name in ("name", "subject", "company"):
            self.fields[name].validators.append(validate_single_line)

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Up to MAX_PHOTOS images, each at most MAX_PHOTO_BYTES (its real size in bytes) and a real image
    (checked from its bytes: type, decoded size). All are checked before anything is stored."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(widget=MultipleImageInput(attrs={"accept": "image/jpeg,image/png,image/webp"}), **kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(files) > MAX_PHOTOS:
            raise ValidationError(
                _("At most %(max)s photos; you chose %(count)s."),
                code="too_many",
                params={"max": MAX_PHOTOS, "count": len(files)},
            )
        errors = []
        for upload in files:
            try:
                if not getattr(upload, "size", 0):
                    raise ValidationError(_("The file is empty."), code="empty")
                validate_max_size(upload, MAX_PHOTO_BYTES)
                validate_image_file(upload)
            except ValidationError as error:
                name = (getattr(upload, "name", "") or "")[:60]
                errors.extend(
                    ValidationError(_("%(name)s: %(error)s"), params={"name": name, "error": message})
                    for message in error.messages
                )
        if errors:
            raise ValidationError(errors)
        return files


class RepairRequestForm(SpamProtectionMixin, SubmissionKeyMixin, forms.ModelForm):
    """报修: the request, and up to five photos stored with it or not at all."""

    phone = phone_field(_("Mobile phone"))
    province = province_field()
    equipment_type = forms.ModelChoiceField(
        label=_("Equipment type"),
        queryset=Category.objects.none(),
        required=False,
        empty_label=_("Other / not sure"),
        error_messages={"invalid_choice": _("Choose the equipment type from the list.")},
    )
    fault = forms.CharField(
        label=_("Fault description"),
        max_length=FAULT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What happens, since when; at most %(count)s characters.") % {"count": FAULT_MAX_LENGTH},
        error_messages={
            "required": _("Describe the fault."),
            "max_length": _("The description is too long: at most %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    photos = PhotosField(
        label=_("Photos"),
        help_text=_("Up to %(max)s photos (JPEG, PNG or WebP), each at most %(size)s MB.")
        % {"max": MAX_PHOTOS, "size": MAX_PHOTO_BYTES // (1024 * 1024)},
    )

    class Meta:
        model = RepairRequest
        fields = [
            "contact_name",
            "phone",
            "email",
            "company",
            "province",
            "equipment_type",
            "brand_model",
            "serial_number",
            "fault",
            "preferred_time",
        ]
        widgets = {
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        error_messages = {
            "contact_name": {"required": _("Enter your name."), "max_length": _("The name is too long.")},
            "brand_model": {
                "required": _("Enter the brand and model of the equipment."),
                "max_length": _("The brand and model are too long."),
            },
            "serial_number": {"max_length": _("The serial number is too long.")},
            "email": {"invalid": _("Enter a valid e-mail address, e.g. name@example.com.")},
            "company": {"max_length": _("The company name is too long.")},
            "preferred_time": {"invalid_choice": _("Choose a contact time from the list.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.init_submission_key()
        self.fields["equipment_type"].queryset = (
            Category.objects.published().filter(parent__isnull=True).order_by("tree_id", "lft")
        )
        self.fields["email"].help_text = _("Optional; we send the reference number and our reply there.")
        for name in ("contact_name", "company", "brand_model", "serial_number"):
            self.fields[name].validators.append(validate_single_line)

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])


class RepairStatusForm(ReferenceLookupMixin, SpamProtectionMixin, forms.Form):
    """Reference + the phone used. One answer for a wrong reference and a wrong phone."""

    reference = forms.CharField(
        label=_("Reference number"),
        max_length=REFERENCE_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        error_messages={"required": _("Enter the reference number.")},
    )
    phone = phone_field(_("Mobile phone used in the request"))

    NOT_FOUND = _("No repair request matches this reference number and phone number. Check both and try again.")

    def find(self, reference, phone):
        return RepairRequest.objects.lookup(reference, phone)

    def clean(self):
        data = super().clean()
        if self.errors or self.is_spam:
            return data
        self.repair_request = self.lookup(data)
        return data


class NetworkFilterForm(forms.Form):
    """?province= on the sales network; an unknown value shows everything, never an error page."""

    province = forms.ChoiceField(label=_("Province"), required=False, choices=[("", _("All provinces")), *PROVINCES])

    def province_code(self):
        return self.cleaned_data.get("province", "") if self.is_valid() else ""
