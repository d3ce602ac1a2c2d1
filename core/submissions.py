"""What visitors' submissions share (applications, messages, repair requests): a reference people can
read out on the phone, the form's one-time key, and the "reference + phone" lookup."""

import secrets

from django import forms

from .phones import normalize_phone

# References: a short prefix and 10 characters without look-alikes (no 0/O, 1/I/L), ~50 bits: not guessable.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 10


def new_reference(prefix):
    """A human-friendly random reference, e.g. ``new_reference("KD")`` → "KD7Q3M9XK2HP"."""
    return prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def new_submission_key():
    """For records not made through a form (seed, imports); the forms send their own key."""
    return secrets.token_hex(16)


def normalize_reference(value):
    """A reference as typed (spaces, lower case) in its stored form."""
    return "".join(value.split()).upper()


class ReferenceLookupMixin:
    """A form's clean() for "reference + the phone used": ``find(reference, phone)`` returns the record
    or None; any mismatch, and a phone that is no number, gives the one NOT_FOUND answer."""

    NOT_FOUND = None

    def find(self, reference, phone):
        raise NotImplementedError

    def lookup(self, data):
        """Returns the record, or raises the one NOT_FOUND error."""
        try:
            phone = normalize_phone(data["phone"])
        except forms.ValidationError:
            phone = None
        found = self.find(normalize_reference(data["reference"]), phone) if phone else None
        if found is None:
            raise forms.ValidationError(self.NOT_FOUND, code="not_found")
        return found
