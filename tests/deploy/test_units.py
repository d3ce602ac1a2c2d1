"""deploy/systemd and deploy/gunicorn.conf.py: the units name real commands, are hardened, and pass systemd's
own verifier (where systemd-analyze exists); gunicorn refuses several workers without a shared cache."""

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands

from tests.test_settings import PRODUCTION

ROOT = Path(settings.BASE_DIR)
UNITS = ROOT / "deploy" / "systemd"
SERVICES = ["kede-gunicorn@.service", "kede-mail.service", "kede-purge.service"]
HARDENING = {"NoNewPrivileges": "true", "PrivateTmp": "true", "ProtectSystem": "strict", "ProtectHome": "true"}


def unit(name):
    parser = configparser.ConfigParser(strict=False, interpolation=None, comment_prefixes=("#", ";"))
    parser.optionxform = str
    parser.read_string((UNITS / name).read_text())
    return parser


def exec_lines(name):
    return [line.split("=", 1)[1] for line in (UNITS / name).read_text().splitlines() if line.startswith("ExecStart=")]


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_is_hardened_and_reads_the_env_file(name):
    service = unit(name)["Service"]
    for key, value in HARDENING.items():
        assert service[key] == value, key
    assert service["EnvironmentFile"] == "/etc/kede/env" and service["User"] == "kede"
    writable = service.get("ReadWritePaths", "").split()
    assert set(writable) <= {"/srv/kede/media", "/srv/kede/private"}  # never the code or the static root


def test_the_jobs_run_management_commands_that_exist():
    commands = get_commands()
    jobs = exec_lines("kede-mail.service") + exec_lines("kede-purge.service")
    named = [line.split("manage.py", 1)[1].split()[0] for line in jobs]
    assert named == ["send_queued_mail", "flush_article_views", "purge_applications", "clearsessions"]
    assert all(name in commands for name in named)
    assert unit("kede-mail.timer")["Timer"]["OnCalendar"] == "*:0/5"
    assert unit("kede-purge.timer")["Timer"]["Persistent"] == "true"


def test_the_app_server_template_binds_its_instance_port_with_the_repo_config():
    service = unit("kede-gunicorn@.service")["Service"]
    assert service["Environment"] == "GUNICORN_BIND=127.0.0.1:%i"
    assert "--config deploy/gunicorn.conf.py kede_site.wsgi" in service["ExecStart"]
    assert "kede-gunicorn@8001" in (UNITS / "kede-gunicorn@.service").read_text()


def test_systemd_analyze_verify_finds_nothing(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze not found (apt-get install systemd)")
    for path in UNITS.iterdir():  # the real paths of this checkout, so the programs exist
        (tmp_path / path.name).write_text(path.read_text().replace("/srv/kede/app", str(ROOT)))
    names = [str(tmp_path / name) for name in ("kede-mail.service", "kede-mail.timer", "kede-purge.service",
                                                "kede-purge.timer", "kede-gunicorn@8001.service")]  # fmt: skip
    result = subprocess.run([analyze, "verify", *names], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    problems = [line for line in result.stderr.splitlines() if "kede-" in line]
    assert result.returncode == 0 and not problems, result.stderr
    (tmp_path / "kede-mail.timer").write_text((tmp_path / "kede-mail.timer").read_text() + "OnCalender=daily\n")
    result = subprocess.run([analyze, "verify", names[1]], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert "OnCalender" in result.stderr  # the verifier does catch a misspelt key


def gunicorn_config(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_URL", "WEB_CONCURRENCY"))}
    return subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--print-config", "kede_site.wsgi"],
        cwd=ROOT, env={**clean, **PRODUCTION, **env}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_gunicorn_refuses_several_workers_without_redis_in_production():
    refused = gunicorn_config(WEB_CONCURRENCY="3")
    assert refused.returncode != 0 and "REDIS_URL" in refused.stderr
    assert gunicorn_config(WEB_CONCURRENCY="1").returncode == 0
    assert gunicorn_config(WEB_CONCURRENCY="3", DJANGO_DEBUG="1").returncode == 0
    config = gunicorn_config(WEB_CONCURRENCY="3", REDIS_URL="redis://127.0.0.1:9/0", GUNICORN_BIND="127.0.0.1:8002")
    values = dict(line.split(" = ", 1) for line in config.stdout.splitlines() if " = " in line)
    values = {key.strip(): value.strip() for key, value in values.items()}
    assert values["workers"] == "3" and values["worker_class"] == "gthread" and values["accesslog"] == "None"
    assert values["bind"] == "['127.0.0.1:8002']" and values["max_requests_jitter"] == "100"
