"""``manage.py seed_demo``: load the demo content. Safe to run again; it updates in place."""

from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import seeders
from core.demo.seeding import summary


class Command(BaseCommand):
    help = "Create or update the demo content of every installed app that has a seeder (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for label, module in seeders():
                self.stdout.write(f"{label}: {summary(module.seed())}")
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
