"""Settings for the test suite: the real settings with fast, local pieces swapped in.

Debug is on unless the environment says otherwise (the real settings fail closed). The cache is
local memory, or the Redis at ``KEDE_TEST_REDIS_URL`` (CI runs the suite once that way), under a
key prefix of its own so that clearing it between tests touches no other keys of that database.
"""

import os
import secrets

os.environ.setdefault("DJANGO_DEBUG", "1")

from .settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if os.environ.get("KEDE_TEST_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "tests.redis_cache.PrefixedRedisCache",
            "LOCATION": os.environ["KEDE_TEST_REDIS_URL"],
            # One prefix per test process: the pytest-xdist workers of a run (PYTEST_XDIST_WORKER) share the
            # database, and each clears only its own keys.
            "KEY_PREFIX": f"kede-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{secrets.token_hex(6)}",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A test database in a file, not in memory: an in-memory database is one shared-cache connection whose
    # table locks fail at once, so a live server could not take concurrent submissions as production does
    # (tests/service/test_concurrency.py). One file per test process; pytest-django deletes it at the end.
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"kede-test-{os.getpid()}.sqlite3")
    }
    # Losing a test database in a power cut costs nothing: skip the fsyncs; WAL lets readers work beside a writer.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA synchronous=OFF; PRAGMA journal_mode=WAL;"  # noqa: F405
