import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a demo superuser with a random password, unless a superuser exists already."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        admin_url = f"http://127.0.0.1:8000/{settings.ADMIN_URL}"
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin: log in at {admin_url} with your superuser "
                f"(forgot the password? .venv/bin/python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(self.style.SUCCESS(f"Created the demo superuser for {admin_url}"))
        self.stdout.write(
            f"  username: {username}\n  password: {password}\n(shown once; change it with manage.py changepassword)"
        )
