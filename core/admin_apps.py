"""django.contrib.admin with the site's own AdminSite (the second factor, core.admin_site); imports no models."""

from django.contrib.admin.apps import AdminConfig


class KedeAdminConfig(AdminConfig):
    default_site = "core.admin_site.KedeAdminSite"
