from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from . import storage  # noqa: F401  (registers the private-root check)
        from .cache import on_content_change

        post_save.connect(on_content_change, dispatch_uid="core.content_saved")
        post_delete.connect(on_content_change, dispatch_uid="core.content_deleted")
