"""``manage.py seed_bench``: a separate database at the size the company will reach, for ``make bench``.

Never the site's own database: by default it writes ``bench.sqlite3`` beside ``manage.py`` (and
``bench-media/`` for its files, unless ``DJANGO_MEDIA_ROOT`` is set); ``--database-url`` names
another (a PostgreSQL database made for it). The command runs itself again in a child process
whose ``DATABASE_URL`` is that database, migrates it, loads the demo content (``seed_demo``) and
then each app's bench rows in bulk (see :mod:`core.demo.bench`). It tops up to the size, so a
second run writes nothing; ``--reset`` empties the bench database first.
"""

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import environ
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from core.demo.bench import BenchSize, Progress, bench_seeders

CHILD = "KEDE_SEEDING_BENCH"  # set in the child process, whose default database is the bench one


def default_bench_url():
    return f"sqlite:///{Path(settings.BASE_DIR) / 'bench.sqlite3'}"


def same_database(url, settings_dict):
    """Whether the database ``url`` names is the one ``settings_dict`` (a DATABASES entry) uses."""
    other = environ.Env.db_url_config(url)
    keys = ("ENGINE", "NAME", "HOST", "PORT")
    if other["ENGINE"].endswith("sqlite3") and settings_dict["ENGINE"].endswith("sqlite3"):
        return Path(str(other["NAME"])).resolve() == Path(str(settings_dict["NAME"])).resolve()
    return all(str(other.get(key) or "") == str(settings_dict.get(key) or "") for key in keys)


class Command(BaseCommand):
    help = (
        "Write a separate benchmark database: the demo content plus 5,000 products in 200 categories, "
        "20,000 articles, 10,000 messages and 10,000 applications (bulk inserts). Default: bench.sqlite3."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--database-url",
            help="The database to fill (default: sqlite:///bench.sqlite3 beside manage.py). Never the site's own.",
        )
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Multiply the sizes, e.g. 0.01 for a quick try (default 1)."
        )
        parser.add_argument("--reset", action="store_true", help="Empty the bench database first.")

    def handle(self, *args, database_url=None, scale=1.0, reset=False, **options):
        if scale <= 0 or scale > 10:
            raise CommandError("--scale must be above 0 and at most 10.")
        if os.environ.get(CHILD) == "1":
            return self.seed(scale, reset)
        url = database_url or default_bench_url()
        if same_database(url, connection.settings_dict):
            raise CommandError(
                "seed_bench writes a separate database and will not fill the site's own "
                f"({connection.settings_dict['NAME']}). Leave out --database-url to use bench.sqlite3, or name another."
            )
        env = {**os.environ, CHILD: "1", "DATABASE_URL": url}
        # The bench content's files go beside bench.sqlite3, not into the site's media, unless the environment says.
        env.setdefault("DJANGO_MEDIA_ROOT", str(Path(settings.BASE_DIR) / "bench-media" / "public"))
        env.setdefault("DJANGO_PRIVATE_MEDIA_ROOT", str(Path(settings.BASE_DIR) / "bench-media" / "private"))
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "seed_bench", f"--scale={scale}"]
        if reset:
            command.append("--reset")
        finished = subprocess.run(command, env=env, check=False)
        if finished.returncode:
            raise CommandError(f"Seeding the bench database failed (exit status {finished.returncode}).")

    def seed(self, scale, reset):
        """In the child: migrate, load the demo, add the bench rows; print the time each part took."""
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        if reset:
            self.stdout.write(self.style.WARNING(f"Emptying the bench database {connection.settings_dict['NAME']} …"))
            call_command("flush", interactive=False, verbosity=0)
        self.stdout.write(f"Bench database: {connection.settings_dict['NAME']} (migrated in {self._since(started)})")
        demo_started = time.perf_counter()
        call_command("seed_demo", stdout=io.StringIO())
        self.stdout.write(f"Demo content loaded in {self._since(demo_started)}")
        bulk_started = time.perf_counter()
        size = BenchSize().scaled(scale)
        with transaction.atomic():
            for label, module in bench_seeders():
                counts = module.seed_bench(size, lambda name, total: Progress(name, total, self.stderr._out))
                if counts:
                    self.stdout.write(f"{label}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
        self.stdout.write(f"Bench rows written in {self._since(bulk_started)}")
        search_started = time.perf_counter()
        call_command("rebuild_search_text", stdout=io.StringIO())  # bulk rows were written without save()
        self.stdout.write(f"Site search columns filled in {self._since(search_started)}")
        self.stdout.write(self.style.SUCCESS(f"Bench database is ready in {self._since(started)}: {size}"))

    @staticmethod
    def _since(started):
        return f"{time.perf_counter() - started:.1f} s"
