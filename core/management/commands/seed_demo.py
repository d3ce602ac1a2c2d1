"""``manage.py seed_demo``: load the demo content without touching what an editor changed; ``--reset`` restores it."""

from contextlib import nullcontext

from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import seeders
from core.demo.seeding import restoring, summary


class Command(BaseCommand):
    help = (
        "Create the demo content that is missing, for every installed app that has a seeder; existing rows, "
        "files and links are left as editors made them. --reset restores the demo content over their changes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Restore the demo content: demo rows, images and links get their demo values back.",
        )

    def handle(self, *args, reset=False, **options):
        if reset:
            self.stdout.write(
                self.style.WARNING("Restoring the demo content: editors' changes to demo rows are overwritten.")
            )
        with transaction.atomic(), restoring() if reset else nullcontext():
            for label, module in seeders():
                self.stdout.write(f"{label}: {summary(module.seed())}")
        if reset:
            self.stdout.write(self.style.SUCCESS("Demo content is restored to its demo values."))
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    "Demo content is loaded. Missing rows were created; existing ones are left as they are "
                    "(seed_demo --reset restores the demo values)."
                )
            )
