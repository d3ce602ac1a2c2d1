"""Settings come from environment variables; production settings are strict.

Each case imports kede_site.settings in a fresh interpreter with a controlled environment.
"""

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import override_settings
from django.urls import clear_url_caches

from tests.redis_cache import PrefixedRedisCache

ROOT = Path(__file__).resolve().parent.parent
SECRET = "k" * 20 + "-production-secret-" + "x" * 30
PRODUCTION = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn"}
DEVELOPMENT = {"DJANGO_DEBUG": "1"}

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
    "HSTS_SUBDOMAINS": settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,
    "HSTS_PRELOAD": settings.SECURE_HSTS_PRELOAD,
    "ADMIN_URL": settings.ADMIN_URL,
    "TRUSTED_PROXIES": settings.TRUSTED_PROXIES,
    "STATIC_STORAGE": settings.STORAGES["staticfiles"]["BACKEND"],
}))
"""


def clean_env(**overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(
            ("DJANGO_", "DATABASE_URL", "REDIS_URL", "EMAIL_URL", "KEDE_TEST_REDIS_URL", "WEB_CONCURRENCY")
        )
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


def test_without_any_environment_the_settings_fail_closed():
    result = run_python("print('started')")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_the_test_settings_turn_debug_on_with_no_environment():
    values = read_settings(DJANGO_SETTINGS_MODULE="kede_site.test_settings")
    assert values["DEBUG"] is True
    assert values["CACHE"].endswith("LocMemCache")


def test_with_debug_on_nothing_else_is_needed():
    values = read_settings(**DEVELOPMENT)
    assert values["DEBUG"] is True
    assert values["ALLOWED_HOSTS"] == ["127.0.0.1", "localhost", "[::1]"]
    assert values["DB_ENGINE"] == "django.db.backends.sqlite3"
    assert values["DB_NAME"] == str(ROOT / "db.sqlite3")
    assert values["CACHE"].endswith("LocMemCache")
    assert values["EMAIL_BACKEND"].endswith("console.EmailBackend")


def test_database_redis_email_and_paths_come_from_the_environment(tmp_path):
    values = read_settings(
        **DEVELOPMENT,
        DJANGO_ADMIN_URL="/backoffice",
        DJANGO_TRUSTED_PROXIES="2",
        DATABASE_URL="postgres://kede:pw@db.internal:5432/kede",
        REDIS_URL="redis://127.0.0.1:6379/1",
        EMAIL_URL="smtp+tls://mailer:pw@smtp.example.com:587",
        DJANGO_MEDIA_ROOT=str(tmp_path / "m"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(tmp_path / "p"),
        DJANGO_STATIC_ROOT=str(tmp_path / "s"),
    )
    assert values["DB_ENGINE"] == "django.db.backends.postgresql"
    assert (values["DB_NAME"], values["DB_HOST"]) == ("kede", "db.internal")
    assert values["CACHE"] == "core.cache_backends.ResilientRedisCache"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == "smtp.example.com"
    assert values["MEDIA_ROOT"] == str(tmp_path / "m")
    assert values["PRIVATE_MEDIA_ROOT"] == str(tmp_path / "p")
    assert values["STATIC_ROOT"] == str(tmp_path / "s")
    assert values["ADMIN_URL"] == "backoffice/"
    assert values["TRUSTED_PROXIES"] == 2


def test_private_media_is_outside_public_media_by_default():
    values = read_settings(**DEVELOPMENT)
    assert not values["PRIVATE_MEDIA_ROOT"].startswith(values["MEDIA_ROOT"])


def test_production_settings_are_strict():
    values = read_settings(**PRODUCTION)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["www.kedegroup.cn"]
    assert values["SSL_REDIRECT"] is True
    assert values["HSTS"] >= 31536000
    assert values["STATIC_STORAGE"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["ADMIN_URL"] == "admin/"
    assert values["TRUSTED_PROXIES"] == 0


def test_ssl_redirect_can_be_turned_off_for_a_local_benchmark():
    values = read_settings(**PRODUCTION, DJANGO_SECURE_SSL_REDIRECT="0")
    assert values["SSL_REDIRECT"] is False


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn"},
        {"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "www.kedegroup.cn", "DJANGO_SECRET_KEY": "short"},
        {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": SECRET},
        {"DJANGO_SECRET_KEY": SECRET},
        {**PRODUCTION, "DJANGO_SECURE_HSTS_PRELOAD": "1"},
        {**PRODUCTION, "DJANGO_TRUSTED_PROXIES": "-1"},
    ],
    ids=[
        "no-secret",
        "short-secret",
        "no-hosts",
        "no-debug-variable-no-hosts",
        "preload-without-subdomains",
        "negative-proxies",
    ],
)
def test_production_without_secret_or_hosts_refuses_to_start(env):
    result = run_python("print('started')", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "started" not in result.stdout


HSTS_HEADER = """
from django.test import Client
response = Client().get("/robots.txt", secure=True, headers={"host": "www.kedegroup.cn"})
print(response.status_code, response["Strict-Transport-Security"])
"""
BOTH_HSTS_OPTIONS = {"DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "1", "DJANGO_SECURE_HSTS_PRELOAD": "1"}


def test_hsts_covers_only_this_host_unless_configured():
    values = read_settings(**PRODUCTION)
    assert (values["HSTS_SUBDOMAINS"], values["HSTS_PRELOAD"]) == (False, False)
    result = run_python(HSTS_HEADER, **PRODUCTION)
    assert result.stdout.splitlines()[-1].split() == ["200", "max-age=31536000"], result.stderr


def test_hsts_subdomains_and_preload_when_configured():
    values = read_settings(**PRODUCTION, **BOTH_HSTS_OPTIONS)
    assert (values["HSTS_SUBDOMAINS"], values["HSTS_PRELOAD"]) == (True, True)
    result = run_python(HSTS_HEADER, **PRODUCTION, **BOTH_HSTS_OPTIONS)
    assert result.stdout.splitlines()[-1].split() == ["200", "max-age=31536000;", "includeSubDomains;", "preload"], (
        result.stderr
    )
    values = read_settings(**PRODUCTION, DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS="1")
    assert (values["HSTS_SUBDOMAINS"], values["HSTS_PRELOAD"]) == (True, False)


@pytest.mark.parametrize(
    ("options", "silenced"),
    [
        ({}, 2),  # security.W005 and W021: HSTS subdomains and preload deliberately off
        ({"DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "1"}, 1),
        (BOTH_HSTS_OPTIONS, 0),
        ({**BOTH_HSTS_OPTIONS, "DJANGO_SECURE_SSL_REDIRECT": "0"}, 1),
    ],
    ids=["hsts-defaults", "subdomains", "subdomains-and-preload", "no-ssl-redirect"],
)
def test_check_deploy_is_clean_under_production_settings(options, silenced):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_env(**PRODUCTION, **options, REDIS_URL="redis://127.0.0.1:9/1"),  # not connected to
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"System check identified no issues ({silenced} silenced)." in result.stdout


def check_deploy(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_warns_when_production_has_a_cache_per_process():
    result = check_deploy(**PRODUCTION)
    assert result.returncode != 0
    assert "core.W010" in result.stderr and "REDIS_URL" in result.stderr
    assert "core.W010" not in check_deploy(**PRODUCTION, REDIS_URL="redis://127.0.0.1:9/1").stderr
    assert "core.W010" not in check_deploy(**DEVELOPMENT).stderr  # one runserver process: local memory is right


def test_production_refuses_several_workers_without_redis():
    result = run_python("print('started')", **PRODUCTION, WEB_CONCURRENCY="2")
    assert result.returncode != 0 and "started" not in result.stdout
    assert "REDIS_URL must be set" in result.stderr
    assert read_settings(**PRODUCTION, WEB_CONCURRENCY="1")["CACHE"].endswith("LocMemCache")
    assert read_settings(**PRODUCTION, WEB_CONCURRENCY="2", REDIS_URL="redis://127.0.0.1:9/1")["CACHE"].endswith(
        "RedisCache"
    )
    assert read_settings(**DEVELOPMENT, WEB_CONCURRENCY="4")["CACHE"].endswith("LocMemCache")


REDIS_CLIENT = """
from django.core.cache import caches
cache = caches["default"]
print(type(cache).__name__, type(cache._cache.get_client()).__module__)
"""


def test_redis_url_gives_a_redis_cache_with_its_client_installed():
    result = run_python(REDIS_CLIENT, **DEVELOPMENT, REDIS_URL="redis://127.0.0.1:9/1")  # nothing is sent
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ResilientRedisCache", "redis.client"]


REDIS_ROUND_TRIP = """
import secrets
from django.core.cache import cache
key = "settings-round-trip-" + secrets.token_hex(8)
assert cache.get(key) is None
cache.set(key, {"views": 1}, timeout=60)
first = cache.get(key)
cache.set(key + ":n", 0, timeout=60)
counted = [cache.incr(key + ":n") for _ in range(3)]
added = cache.add(key, "other")
cache.delete_many([key, key + ":n"])
print(json.dumps([first, counted, added, cache.get(key)]))
"""


def test_redis_url_round_trip_with_a_real_redis(redis_url):
    result = run_python("import json\n" + REDIS_ROUND_TRIP, **DEVELOPMENT, REDIS_URL=redis_url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"views": 1}, [1, 2, 3], False, None]


def test_the_suite_runs_on_redis_under_a_prefix_of_its_own_when_asked(redis_url):
    code = "from django.conf import settings\nprint(json.dumps(settings.CACHES['default']))"
    env = {"DJANGO_SETTINGS_MODULE": "kede_site.test_settings", "KEDE_TEST_REDIS_URL": redis_url}
    first, second = (run_python("import json\n" + code, **env) for _ in range(2))
    assert first.returncode == 0, first.stderr
    first, second = json.loads(first.stdout), json.loads(second.stdout)
    assert first["BACKEND"] == second["BACKEND"] == "tests.redis_cache.PrefixedRedisCache"
    assert first["LOCATION"] == redis_url
    assert first["KEY_PREFIX"] != second["KEY_PREFIX"]  # two runs sharing one Redis never clear each other's keys


def test_clearing_the_suite_cache_keeps_other_keys_of_the_database(redis_url):
    ours = PrefixedRedisCache(redis_url, {"KEY_PREFIX": "kede-test-ours"})
    theirs = PrefixedRedisCache(redis_url, {"KEY_PREFIX": "someone-else"})
    ours.set_many({f"page-{n}": n for n in range(1500)})
    theirs.set("session", "keep me")
    assert ours.clear() is True
    assert ours.get_many([f"page-{n}" for n in range(1500)]) == {}
    assert theirs.get("session") == "keep me"
    ours.clear()  # a second clear of an empty prefix is fine
    assert theirs.get("session") == "keep me"
    theirs.clear()


@pytest.fixture
def admin_at_backoffice():
    """The URLconf rebuilt with DJANGO_ADMIN_URL=backoffice/, and rebuilt back afterwards."""
    import kede_site.urls

    def rebuild():
        importlib.reload(kede_site.urls)
        clear_url_caches()

    with override_settings(ADMIN_URL="backoffice/"):
        rebuild()
        yield
    rebuild()
    assert django_settings.ADMIN_URL == "admin/"


@pytest.mark.django_db
def test_the_admin_answers_at_its_configured_path_only(admin_at_backoffice, client, admin_client):
    assert admin_client.get("/backoffice/").status_code == 200
    assert client.get("/backoffice/")["Location"] == "/backoffice/login/?next=/backoffice/"
    assert client.get("/admin/").status_code == 404
    assert admin_client.get("/admin/").status_code == 404
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /backoffice/" in robots
    assert "/admin/" not in robots


def test_the_traditional_chinese_tables_are_a_setting_and_a_wrong_one_refuses_to_start():
    result = run_python("from django.conf import settings; print(settings.ZH_HANT_CONFIG)", **DEVELOPMENT)
    assert result.stdout.strip() == "s2tw"
    result = run_python(
        "from django.conf import settings; print(settings.ZH_HANT_CONFIG)", **DEVELOPMENT, DJANGO_ZH_HANT_CONFIG="s2hk"
    )
    assert result.stdout.strip() == "s2hk"
    result = run_python("print('started')", **DEVELOPMENT, DJANGO_ZH_HANT_CONFIG="t2s")
    assert result.returncode != 0 and "DJANGO_ZH_HANT_CONFIG" in result.stderr
    assert "started" not in result.stdout
