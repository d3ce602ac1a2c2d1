"""Spam and abuse defence for the public forms (careers, service): one implementation for the site.

``SpamProtectionMixin`` (forms) adds two fields:

- ``website``, a honeypot: moved off screen for sighted visitors, skipped by the keyboard
  (``tabindex=-1``), labelled "leave this field empty" for screen readers, ``autocomplete=off`` so
  browsers never fill it. Robots fill every field: after ``is_valid()``, ``form.is_spam`` is True.
- ``started``, a signed time stamp (``django.core.signing``) of when the form was shown. Missing,
  tampered with or older than a day: a form error. Sent back sooner than ``settings.FORM_MIN_FILL_SECONDS``
  (default 3): a form error asking to check and send again, so a fast human can simply retry.

``ProtectedFormMixin`` (``FormView`` views) counts every POST per client address and per
``rate_limit_scope`` in the shared cache (django-ratelimit: ``cache.add`` then ``cache.incr``, atomic on
Redis); past ``settings.FORM_RATE_LIMITS[scope]`` or ``settings.FORM_RATE_LIMIT`` (default ``"5/10m"``)
it answers the styled ``429.html`` with ``Retry-After``. A spam submission stores nothing and gets a
neutral redirect (``get_spam_url()``, by default the form page itself, with no message).

Every POST counts, valid or not: the status desk must not be probed with wrong guesses, and a robot
posting junk must not get unlimited tries. A person who makes mistakes gets five tries per ten minutes.
"""

import logging
import math
import re
import time

from django import forms
from django.conf import settings
from django.core import checks, signing
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

from .net import client_address

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
STARTED_SALT = "core.antispam.started"
STARTED_MAX_AGE = 24 * 60 * 60  # a form left open for more than a day is shown again with a fresh stamp
RATE = re.compile(r"^[1-9]\d*/\d*[smhd]$")


def started_token(seconds_ago: float = 0) -> str:
    """A signed ``started`` value for a form shown ``seconds_ago`` seconds ago (tests use it to post a form)."""
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


class HoneypotInput(forms.TextInput):
    def __init__(self):
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})


class HoneypotBoundField(forms.BoundField):
    """Its row carries the ``field-trap`` class (site.css moves it off screen) wherever ``{{ form }}`` renders it."""

    def css_classes(self, extra_classes=None):
        return super().css_classes(extra_classes=f"field-trap {extra_classes or ''}".strip())


class SpamProtectionMixin:
    """Put it before ``forms.Form``/``forms.ModelForm``. Templates that render fields one by one add
    ``{% include "includes/_spam_fields.html" %}`` inside the ``<form>``; ``{{ form }}`` renders them itself."""

    too_fast_message = _("That was quick! Please check your entries and send the form again.")
    stale_message = _("The form could not be verified or has expired. Please check your entries and send it again.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_spam = False
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            max_length=200,
            widget=HoneypotInput(),
            bound_field_class=HoneypotBoundField,
        )
        self.fields[STARTED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput)
        self.initial[STARTED_FIELD] = started_token()

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), ""))
        try:
            started = signing.loads(
                self.data.get(self.add_prefix(STARTED_FIELD), ""), salt=STARTED_SALT, max_age=STARTED_MAX_AGE
            )
            elapsed = time.time() - float(started)
            if elapsed > STARTED_MAX_AGE:
                raise ValueError("stale")
        except (signing.BadSignature, TypeError, ValueError):
            # Tampered with, missing or expired: the form is shown again with a fresh stamp.
            self._renew_started()
            self.add_error(None, self.stale_message)
        else:
            if elapsed < settings.FORM_MIN_FILL_SECONDS:
                # The stamp is kept: sending again a moment later passes.
                self.add_error(None, self.too_fast_message)
        return cleaned_data

    def _renew_started(self):
        data = self.data.copy()
        data[self.add_prefix(STARTED_FIELD)] = started_token()
        self.data = data


def form_rate(scope: str) -> str:
    """The rate for ``scope``: ``settings.FORM_RATE_LIMITS[scope]``, else ``settings.FORM_RATE_LIMIT``."""
    return getattr(settings, "FORM_RATE_LIMITS", {}).get(scope, settings.FORM_RATE_LIMIT)


def _client_key(group, request):
    return client_address(request)


def rate_limit_retry_after(request, scope: str) -> int | None:
    """Count this request against ``scope``; the seconds to wait when it is over the limit, else None."""
    usage = get_usage(request, group=f"form:{scope}", key=_client_key, rate=form_rate(scope), increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(int(usage["time_left"]), 1)


def too_many_requests(request, retry_after: int):
    """The styled 429 page, in the visitor's language (Chinese by default)."""
    context = {"retry_after": retry_after, "retry_minutes": math.ceil(retry_after / 60)}
    response = TemplateResponse(request, "429.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "private, no-store"
    return response


class ProtectedFormMixin:
    """For ``FormView`` views whose form uses ``SpamProtectionMixin``; put it first. ``form_valid()`` is
    called only for valid submissions that are not spam, so the view's own code never sees spam."""

    rate_limit_scope: str | None = None

    def post(self, request, *args, **kwargs):
        if not self.rate_limit_scope:
            raise ImproperlyConfigured(f"{type(self).__name__} needs a rate_limit_scope.")
        retry_after = rate_limit_retry_after(request, self.rate_limit_scope)
        if retry_after is not None:
            logger.warning("Form rate limit reached on %s", self.rate_limit_scope)
            return too_many_requests(request, retry_after)
        form = self.get_form()
        if not form.is_valid():
            return self.form_invalid(form)
        if form.is_spam:
            logger.info("Spam dropped on %s", self.rate_limit_scope)
            return HttpResponseRedirect(self.get_spam_url())
        return self.form_valid(form)

    def get_spam_url(self):
        """Where a robot is sent: the form page itself, with no message."""
        return self.request.get_full_path()


@checks.register()
def check_form_rates(app_configs=None, **kwargs):
    """core.E002: every form rate reads like ``5/10m`` (count / period in s, m, h or d)."""
    rates = {"FORM_RATE_LIMIT": settings.FORM_RATE_LIMIT}
    rates.update({f"FORM_RATE_LIMITS[{scope!r}]": rate for scope, rate in settings.FORM_RATE_LIMITS.items()})
    return [
        checks.Error(f"{name} = {rate!r} is not a rate.", hint='Write it like "5/10m".', id="core.E002")
        for name, rate in rates.items()
        if not isinstance(rate, str) or not RATE.match(rate)
    ]
