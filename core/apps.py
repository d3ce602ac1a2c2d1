from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        # Register the form-rate, private-root, shared-cache and bench-mode checks.
        from . import antispam, middleware, storage  # noqa: F401
        from .admin_i18n import install_boolean_icon
        from .cache import on_content_change, on_links_change
        from .groups import sync_staff_groups
        from .models import fill_search_text
        from .translation import label_languages

        install_boolean_icon()
        label_languages()
        pre_save.connect(fill_search_text, dispatch_uid="core.fill_search_text")
        post_save.connect(on_content_change, dispatch_uid="core.content_saved")
        post_delete.connect(on_content_change, dispatch_uid="core.content_deleted")
        m2m_changed.connect(on_links_change, dispatch_uid="core.content_links_changed")
        # Permissions only exist once each app's post_migrate has run, so the staff groups are synced then.
        post_migrate.connect(sync_staff_groups, dispatch_uid="core.sync_staff_groups")
