"""Every input of the careers site: the job filter, the application, and the applicant's desk."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.antispam import SpamProtectionMixin
from core.phones import normalize_phone
from core.submissions import ReferenceLookupMixin, new_submission_key

from .models import COVER_NOTE_MAX_LENGTH, Application, Job
from .validators import RESUME_KINDS, validate_resume_file

# File names longer than any file system allows are not a real résumé's name.
MAX_FILE_NAME_LENGTH = 255
REFERENCE_MAX_LENGTH = 20


class JobFilterForm(forms.Form):
    """?department=&location= on the openings list; an unknown value is ignored, never an error page."""

    department = forms.CharField(required=False, max_length=40)
    location = forms.CharField(required=False, max_length=40)

    def filter(self, jobs, departments, locations):
        if not self.is_valid():
            return jobs
        department = self.cleaned_data["department"].strip()
        location = self.cleaned_data["location"].strip()
        if department in departments:
            jobs = jobs.in_department(department)
        if location in locations:
            jobs = jobs.in_location(location)
        return jobs


class ResumeField(forms.FileField):
    widget = forms.FileInput

    def __init__(self, **kwargs):
        super().__init__(
            max_length=MAX_FILE_NAME_LENGTH,
            validators=[validate_resume_file],
            error_messages={
                "required": _("Choose your résumé file (PDF, DOC or DOCX)."),
                "empty": _("The file you chose is empty; choose your résumé again."),
                "max_length": _(
                    "The file name is too long (%(length)d characters); rename the file and choose it again."
                ),
                "invalid": _("No file was received; choose your résumé again."),
            },
            **kwargs,
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["accept"] = ".pdf,.doc,.docx,application/pdf,application/msword," + (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        )
        return attrs


class ApplicationForm(SpamProtectionMixin, forms.ModelForm):
    """在线简历. The opening is one of the open ones or none (a general application)."""

    job = forms.ModelChoiceField(
        label=_("Position applied for"),
        queryset=Job.objects.none(),
        required=False,
        empty_label=_("General application (no specific opening)"),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=30,
        help_text=_("Mainland mobile numbers as they are; other numbers with the country code, e.g. +852."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    cover_note = forms.CharField(
        label=_("Cover note"),
        required=False,
        max_length=COVER_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Optional, at most %(count)s characters.") % {"count": COVER_NOTE_MAX_LENGTH},
    )
    resume = ResumeField(label=_("Résumé file"))
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Please read the privacy notice and tick the box to agree.")},
    )
    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=64)

    class Meta:
        model = Application
        fields = [
            "job",
            "name",
            "gender",
            "phone",
            "email",
            "education",
            "years_experience",
            "desired_position",
            "expected_city",
            "cover_note",
        ]
        widgets = {
            "gender": forms.RadioSelect,
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "years_experience": forms.NumberInput(attrs={"min": 0, "max": 60, "inputmode": "numeric"}),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "education": {"required": _("Choose your education.")},
            "years_experience": {"required": _("Enter your years of work experience (0 for none).")},
            "desired_position": {"required": _("Enter the position you would like.")},
        }

    def __init__(self, *args, notice_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["job"].queryset = Job.objects.open().for_list()
        self.fields["gender"].choices = [("", _("Prefer not to say")), *Application.Gender.choices]
        self.fields["gender"].required = False
        self.fields["consent"].label = format_html(
            '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
            _("I have read and agree to the"),
            notice_url or reverse("careers:privacy"),
            _("privacy notice for applicants"),
        )
        self.fields["email"].help_text = _("Optional; we send the reference number and the status link there.")
        # A help text of the field, not a paragraph beside it, so the file input names it (aria-describedby).
        self.fields["resume"].help_text = _("PDF, DOC or DOCX, at most %(size)s.") % {
            "size": filesizeformat(settings.CAREERS_RESUME_MAX_SIZE)
        }
        if not self.is_bound and "submission_key" not in self.initial:
            self.initial["submission_key"] = new_submission_key()
        self.resume_kinds = RESUME_KINDS

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])

    def clean_submission_key(self):
        key = self.cleaned_data["submission_key"]
        if not key.isalnum():
            raise forms.ValidationError(_("The form was damaged; reload the page and send it again."))
        return key

    def save_application(self, *, privacy_version):
        """Builds and saves the application with the file, the consent's time and the notice's version."""
        application = super().save(commit=False)
        application.resume = self.cleaned_data["resume"]
        application.submission_key = self.cleaned_data["submission_key"]
        application.consent_at = timezone.now()
        application.privacy_version = privacy_version
        application.save()
        return application


class StatusLookupForm(ReferenceLookupMixin, SpamProtectionMixin, forms.Form):
    """The applicant's desk: reference + the phone used. One answer for any mismatch."""

    reference = forms.CharField(
        label=_("Reference number"),
        max_length=REFERENCE_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone used in the application"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )

    NOT_FOUND = _("No application matches this reference number and phone number. Check both and try again.")

    def find(self, reference, phone):
        return Application.objects.matching_desk(reference, phone).first()

    def clean(self):
        data = super().clean()
        if self.errors or self.is_spam:
            return data
        self.application = self.lookup(data)
        return data
