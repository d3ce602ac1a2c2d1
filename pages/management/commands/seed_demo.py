"""``manage.py seed_demo``: load the demo content. Safe to run again; it updates in place."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each app adds its own seed function here; they run in this order.
SEEDERS = [
    "pages.demo.seed_pages",
    "products.demo.seed_products",
    "news.demo.seed_news",  # keep last: it links demo articles to the catalog's products
]


class Command(BaseCommand):
    help = "Create or update the demo content (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for path in SEEDERS:
                import_string(path)(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
