"""Phone numbers typed by visitors, checked with Google's libphonenumber (the ``phonenumbers`` package).

``normalize_phone("138 1234 5678")`` → ``"+8613812345678"``. A number without a country code is read
as a mainland China number and must be a valid mobile number; any other country's number needs its
``+`` country code. Bad input raises ``ValidationError`` with a message in the visitor's language
(Chinese by default). Used by the careers and service forms.
"""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "CN"
MAX_INPUT_LENGTH = 30
# What people type between digits: spaces, hyphens, dots, brackets; a leading + or 00.
ALLOWED = re.compile(r"^\+?[\d\s\-.()（）]+$")
MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def normalize_phone(value, *, mobile_only=True):
    """The number in E.164 (``+8613812345678``), or ValidationError.

    ``mobile_only``: a mainland number must be a mobile number (landlines are refused); numbers of
    other countries are accepted when valid, whatever their type.
    """
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("Enter a mobile phone number."), code="required")
    if len(text) > MAX_INPUT_LENGTH or not ALLOWED.match(text):
        raise ValidationError(
            _("A phone number has only digits (and + for a country code), e.g. 138 1234 5678."), code="invalid"
        )
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            _("This is not a phone number we can read; outside mainland China add the country code, e.g. +852."),
            code="invalid",
        ) from error
    if not phonenumbers.is_valid_number(number):
        if number.country_code == 86:
            message = _("This is not a valid mainland China mobile number (11 digits, starting with 1).")
        else:
            message = _("This is not a valid phone number for the country code +%(code)s.")
        raise ValidationError(message, code="invalid", params={"code": number.country_code})
    region = phonenumbers.region_code_for_number(number)
    if mobile_only and region == DEFAULT_REGION and phonenumbers.number_type(number) not in MOBILE_TYPES:
        raise ValidationError(
            _("Enter a mobile number (11 digits, starting with 1); landlines cannot receive our messages."),
            code="not_mobile",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164):
    """A stored E.164 number in the form people read: ``+86 138 1234 5678``."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
