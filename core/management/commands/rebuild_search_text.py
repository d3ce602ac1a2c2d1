"""``manage.py rebuild_search_text``: refill the site search's columns of every searchable row.

Saves fill them; rows written in bulk (an import, ``seed_bench``) or by ``update()`` do not. Safe to run
again: the columns are computed from the rows' own fields.
"""

from django.apps import apps
from django.core.management.base import BaseCommand

from core.cache import content_changed
from core.models import SearchTextModel
from core.search import fill_search_columns


class Command(BaseCommand):
    help = "Refill the site search's columns (search_title, search_text) of every searchable row."

    def handle(self, *args, **options):
        for model in apps.get_models():
            if issubclass(model, SearchTextModel):
                done = fill_search_columns(model._base_manager.all(), lambda row: row.search_parts())
                self.stdout.write(f"{model._meta.label}: {done}")
        content_changed()  # bulk updates send no signal: cached result pages must go
