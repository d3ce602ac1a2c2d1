"""The admin's messages that Django 5.2's own Chinese catalogues lack, translated in our ``django.po``.

Django 5.2's widgets and templates use messages its zh_Hans catalogues do not translate yet (the
brand picker's "Choose all %s", "Remove all %s"…; the app list's column headings for screen
readers), so they showed in English. ``makemessages`` finds the ``gettext_noop`` below, so their
Chinese lives in our ``locale/zh_Hans`` with the rest: the templates' ones are found there like
any message, the JavaScript ones are added to the catalogue the admin pages load (``admin:jsi18n``).
tests/test_admin_chinese.py fails on any English left.
"""

from django import forms
from django.contrib.admin.templatetags import admin_list
from django.contrib.auth.models import Permission
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_noop, pgettext
from django.views.i18n import JavaScriptCatalog

# The messages of django/contrib/admin/static/admin/js/ missing from Django's zh_Hans djangojs catalogue.
ADMIN_JS_MESSAGES = [
    gettext_noop("(click to clear)"),
    gettext_noop('Choose %s by selecting them and then select the "Choose" arrow button.'),
    gettext_noop("Choose all %s"),
    gettext_noop("Choose selected %s"),
    gettext_noop('Remove %s by selecting them and then select the "Remove" arrow button.'),
    gettext_noop("Remove all %s"),
    gettext_noop("Remove selected %s"),
]

# Messages of django/contrib/admin/templates/ missing from Django's zh_Hans django catalogue.
ADMIN_TEMPLATE_MESSAGES = [
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Error:"),  # the page title of a form sent back with errors
    gettext_noop("Model name"),  # the app list's column heading for screen readers
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
]

# Names of the libraries' models and fields that their zh_Hans catalogues lack (lists, forms, delete pages).
THIRD_PARTY_MESSAGES = [
    gettext_noop("Reversion"),
    gettext_noop("revision"),
    gettext_noop("revisions"),
    # django-axes (login lockout) and django-otp (TOTP devices) ship no Chinese: their models, fields and help.
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("User Agent"),
    gettext_noop("IP Address"),
    gettext_noop("Username"),
    gettext_noop("HTTP Accept"),
    gettext_noop("Path"),
    gettext_noop("Attempt Time"),
    gettext_noop("GET Data"),
    gettext_noop("POST Data"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("Meta Data"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("Logout Time"),
    gettext_noop("Session key hash (sha256)"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("Access lock out"),
    gettext_noop("TOTP device"),
    gettext_noop("TOTP devices"),
    gettext_noop("user"),
    gettext_noop("The user that this device belongs to."),
    gettext_noop("name"),
    gettext_noop("The human-readable name of this device."),
    gettext_noop("confirmed"),
    gettext_noop("Is this device ready for use?"),
    gettext_noop("throttling failure timestamp"),
    gettext_noop("A timestamp of the last failed verification attempt. Null if last attempt succeeded."),
    gettext_noop("throttling failure count"),
    gettext_noop("Number of successive failed attempts."),
    gettext_noop("created at"),
    gettext_noop("The date and time when this device was initially created in the system."),
    gettext_noop("last used at"),
    gettext_noop("The most recent date and time this device was used."),
    gettext_noop("key"),
    gettext_noop("A hex-encoded secret key of up to 40 bytes."),
    gettext_noop("step"),
    gettext_noop("The time step in seconds."),
    gettext_noop("t0"),
    gettext_noop("The Unix time at which to begin counting steps."),
    gettext_noop("digits"),
    gettext_noop("The number of digits to expect in a token."),
    gettext_noop("tolerance"),
    gettext_noop("The number of time steps in the past or future to allow."),
    gettext_noop("drift"),
    gettext_noop("The number of time steps the prover is known to deviate from our clock."),
    gettext_noop("last t"),
    gettext_noop("The t value of the latest verified token. The next token must be at a higher time step."),
    gettext_noop("QR Code"),
]


def boolean_icon(value):
    """Django's yes/no/unknown icon of admin lists and read-only fields, with its ``alt`` text translated
    (Django writes "True", "False" or "None", which screen readers read out in English)."""
    kind = {True: "yes", False: "no", None: "unknown"}[value]
    text = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{kind}.svg"), text)


def install_boolean_icon():
    """Called from ``CoreConfig.ready``: the admin looks ``_boolean_icon`` up in this module on every call."""
    admin_list._boolean_icon = boolean_icon


def permission_label(permission):
    """A permission as the group and user pages list it, in Chinese: "新闻动态 | 文章 | 修改".

    Django stores each permission's name in English when it is created ("Can change article"), so its
    own list shows "新闻动态 | 文章 | Can change article"; the four default actions are named here instead.
    """
    content_type = permission.content_type
    model = content_type.model_class()
    if model is None:  # a model that no longer exists
        return str(permission)
    opts = model._meta
    action, _sep, model_name = permission.codename.partition("_")
    actions = {
        "add": pgettext("permission", "add"),
        "change": pgettext("permission", "change"),
        "delete": pgettext("permission", "delete"),
        "view": pgettext("permission", "view"),
    }
    what = actions[action] if action in actions and model_name == opts.model_name else gettext(permission.name)
    return f"{opts.app_config.verbose_name} | {opts.verbose_name} | {what}"


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return permission_label(obj)


class ChinesePermissionsMixin:
    """For the user and group admins (with ``LinkedDeleteMixin``): permissions are listed in Chinese."""

    def linked_object_name(self, obj):
        if isinstance(obj, Permission):
            return permission_label(obj)
        return super().linked_object_name(obj)

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name in ("permissions", "user_permissions"):
            kwargs["form_class"] = PermissionChoiceField
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class AdminJavaScriptCatalog(JavaScriptCatalog):
    packages = ["django.contrib.admin"]

    def get_catalog(self):
        catalog = super().get_catalog()
        for message in ADMIN_JS_MESSAGES:
            translated = gettext(message)
            if message not in catalog and translated != message:
                catalog[message] = translated
        return catalog


def admin_javascript_catalog(request, extra_context=None):
    """Stands in for ``AdminSite.i18n_javascript`` (same signature)."""
    return AdminJavaScriptCatalog.as_view()(request)
