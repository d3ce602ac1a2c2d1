"""The admin site: a second factor (TOTP, django-otp) for the staff who see personal data.

With ``settings.REQUIRE_2FA`` (``DJANGO_REQUIRE_2FA``, on whenever debug is off) superusers and members of
``settings.SECOND_FACTOR_GROUPS`` (HR: résumés; Service: visitors' contact details) sign in with their
password *and* the 6-digit code of their authenticator app; a session signed in without it does not open
the admin for them. Editors sign in with their password alone. A superuser enrols a user under
核心 › 动态口令设备 (the device's page shows its QR code, an SVG drawn by segno on the server), or
``manage.py add_totp_device <username>`` prints the otpauth:// address and the QR code in the terminal.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice


def needs_second_factor(user) -> bool:
    """True when ``user`` must sign in with a TOTP code (only while ``settings.REQUIRE_2FA`` is on)."""
    if not settings.REQUIRE_2FA or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_kede_needs_second_factor", None)
    if cached is None:
        cached = user.groups.filter(name__in=settings.SECOND_FACTOR_GROUPS).exists()
        user._kede_needs_second_factor = cached
    return cached


class LoginForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    otp_token = forms.CharField(
        label=_("Authenticator code"),
        required=False,
        max_length=8,
        help_text=_("The 6-digit code of your authenticator app (HR, service desk and administrators)."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("Please enter the 6-digit code of your authenticator app."),
        "invalid_token": _("The authenticator code is wrong or has expired. Please enter the current code."),
        "n_failed_attempts": _("Too many wrong codes. Please wait a moment and try again."),
        "verification_not_allowed": _("The code cannot be checked now. Please try again later."),
        "no_device": _("Your account needs an authenticator app. Please ask an administrator to set it up."),
    }

    def _chosen_device(self, user):
        """The user's authenticator (there is no device picker: one TOTP device per person)."""
        return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and needs_second_factor(user):
            if self._chosen_device(user) is None:
                raise forms.ValidationError(self.otp_error_messages["no_device"], code="no_device")
            self.clean_otp(user)
        return cleaned_data


class KedeAdminSite(admin.AdminSite):
    login_form = LoginForm
    login_template = "admin/kede_login.html"

    def has_permission(self, request):
        user = request.user
        return super().has_permission(request) and (not needs_second_factor(user) or user.is_verified())


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in (``AXES_LOCKOUT_CALLABLE``): the admin's page, in Chinese."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    response = render(request, "admin/locked_out.html", context, status=429)
    response["Cache-Control"] = "private, no-store"
    return response
