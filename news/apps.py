from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.cache import register_schedule

        from .models import Article

        # Lists, feeds and the home page change when a scheduled article comes out.
        register_schedule(Article.objects.next_publication_after)
