"""The admin's messages that Django 5.2's own Chinese catalogues lack, translated in our ``django.po``.

Django 5.2's widgets and templates use messages its zh_Hans catalogues do not translate yet (the
brand picker's "Choose all %s", "Remove all %s"…; the app list's column headings for screen
readers), so they showed in English. ``makemessages`` finds the ``gettext_noop`` below, so their
Chinese lives in our ``locale/zh_Hans`` with the rest: the templates' ones are found there like
any message, the JavaScript ones are added to the catalogue the admin pages load (``admin:jsi18n``).
tests/test_admin_chinese.py fails on any English left.
"""

from django.utils.translation import gettext, gettext_noop
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
    gettext_noop("Model name"),
]


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
