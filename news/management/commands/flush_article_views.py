"""``manage.py flush_article_views``: write the view counts waiting in the cache to the database."""

from django.core.management.base import BaseCommand

from news.counting import flush_views


class Command(BaseCommand):
    help = "Write article view counts from the cache to the database (run it every few minutes from cron)."

    def handle(self, *args, **options):
        written = flush_views()
        self.stdout.write(f"{written} article views written.")
