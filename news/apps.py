from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.cache import register_schedule

        from .editors import sync_editors_group
        from .models import Article

        # Lists, feeds and the home page change when a scheduled article comes out.
        register_schedule(Article.objects.next_publication_after)

        # Permissions only exist once each app's post_migrate has run, so the group is synced then.
        post_migrate.connect(sync_editors_group, dispatch_uid="news.sync_editors_group")
