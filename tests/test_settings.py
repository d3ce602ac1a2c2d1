"""Settings come from environment variables; production settings are strict.

Each case imports kede_site.settings in a fresh interpreter with a controlled environment.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECRET = "k" * 20 + "-production-secret-" + "x" * 30
PRODUCTION = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn"}

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "DB_ENGINE": settings.DATABASES["default"]["ENGINE"],
    "DB_NAME": str(settings.DATABASES["default"]["NAME"]),
    "DB_HOST": settings.DATABASES["default"].get("HOST", ""),
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "EMAIL_BACKEND": settings.EMAIL_BACKEND,
    "EMAIL_HOST": getattr(settings, "EMAIL_HOST", ""),
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    "STATIC_ROOT": str(settings.STATIC_ROOT),
    "SSL_REDIRECT": getattr(settings, "SECURE_SSL_REDIRECT", False),
    "HSTS": getattr(settings, "SECURE_HSTS_SECONDS", 0),
    "STATIC_STORAGE": settings.STORAGES["staticfiles"]["BACKEND"],
}))
"""


def clean_env(**overrides):
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"))
    }
    env["DJANGO_SETTINGS_MODULE"] = "kede_site.settings"
    env.update(overrides)
    return env


def run_python(code, **env):
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=ROOT,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def read_settings(**env):
    result = run_python(PRINT_SETTINGS, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_local_defaults_need_no_environment():
    values = read_settings()
    assert values["DEBUG"] is True
    assert values["DB_ENGINE"] == "django.db.backends.sqlite3"
    assert values["DB_NAME"] == str(ROOT / "db.sqlite3")
    assert values["CACHE"].endswith("LocMemCache")
    assert values["EMAIL_BACKEND"].endswith("console.EmailBackend")


def test_database_redis_email_and_paths_come_from_the_environment(tmp_path):
    values = read_settings(
        DATABASE_URL="postgres://kede:pw@db.internal:5432/kede",
        REDIS_URL="redis://127.0.0.1:6379/1",
        EMAIL_URL="smtp+tls://mailer:pw@smtp.example.com:587",
        DJANGO_MEDIA_ROOT=str(tmp_path / "m"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(tmp_path / "p"),
        DJANGO_STATIC_ROOT=str(tmp_path / "s"),
    )
    assert values["DB_ENGINE"] == "django.db.backends.postgresql"
    assert (values["DB_NAME"], values["DB_HOST"]) == ("kede", "db.internal")
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == "smtp.example.com"
    assert values["MEDIA_ROOT"] == str(tmp_path / "m")
    assert values["PRIVATE_MEDIA_ROOT"] == str(tmp_path / "p")
    assert values["STATIC_ROOT"] == str(tmp_path / "s")


def test_private_media_is_outside_public_media_by_default():
    values = read_settings()
    assert not values["PRIVATE_MEDIA_ROOT"].startswith(values["MEDIA_ROOT"])


def test_production_settings_are_strict():
    values = read_settings(**PRODUCTION)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["www.kedegroup.cn"]
    assert values["SSL_REDIRECT"] is True
    assert values["HSTS"] >= 31536000
    assert values["STATIC_STORAGE"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_ssl_redirect_can_be_turned_off_for_a_local_benchmark():
    values = read_settings(**PRODUCTION, DJANGO_SECURE_SSL_REDIRECT="0")
    assert values["SSL_REDIRECT"] is False


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn"},
        {"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn", "DJANGO_SECRET_KEY": "short"},
        {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": SECRET},
    ],
    ids=["no-secret", "short-secret", "no-hosts"],
)
def test_production_without_secret_or_hosts_refuses_to_start(env):
    result = run_python("print('started')", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "started" not in result.stdout


def test_check_deploy_is_clean_under_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_env(**PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
