from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from .cache import on_content_change, on_links_change

        post_save.connect(on_content_change, dispatch_uid="core.content_saved")
        post_delete.connect(on_content_change, dispatch_uid="core.content_deleted")
        m2m_changed.connect(on_links_change, dispatch_uid="core.content_links_changed")
