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
            "KEY_PREFIX": f"kede-test-{secrets.token_hex(6)}",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
