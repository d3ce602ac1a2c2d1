import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

# The staff desks a newcomer can try besides the superuser's: (username, group).
DESK_ACCOUNTS = [("hr", "HR"), ("editor", "Editors"), ("service", "Service")]


class Command(BaseCommand):
    help = (
        "Create a demo superuser, an HR, an editor and a service account, each with a random password printed "
        "once; an account that exists already is never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--host",
            default=os.environ.get("HOST") or "127.0.0.1",
            help="The address the site runs on, for the login link (default: $HOST or 127.0.0.1).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=int(os.environ.get("PORT") or 8000),
            help="The port the site runs on, for the login link (default: $PORT or 8000).",
        )

    def handle(self, *args, username, host, port, **options):
        User = get_user_model()
        admin_url = f"http://{host}:{port}/{settings.ADMIN_URL}"
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin: log in at {admin_url} with your superuser "
                f"(forgot the password? .venv/bin/python manage.py changepassword {username})."
            )
        else:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(self.style.SUCCESS(f"Created the demo superuser for {admin_url}"))
            self.stdout.write(
                f"  username: {username}\n  password: {password}\n(shown once; change it with manage.py changepassword)"
            )
        for desk_username, group_name in DESK_ACCOUNTS:
            self.desk_account(User, desk_username, group_name)

    def desk_account(self, User, username, group_name):
        """A staff account in ``group_name`` (HR's desk, the editors', the service desk), created once."""
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"{group_name}: the account {username!r} exists already (not changed).")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username=username, email="", password=password, is_staff=True)
        user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        self.stdout.write(self.style.SUCCESS(f"Created the {group_name} account"))
        self.stdout.write(f"  username: {username}\n  password: {password}\n(shown once)")
