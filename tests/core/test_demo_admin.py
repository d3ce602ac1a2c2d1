import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("demo_admin", stdout=out)
    return out.getvalue()


def passwords(output):
    """``{username: password}`` of every account the output announces."""
    return dict(re.findall(r"username: (\S+)\n  password: (\S+)", output))


def test_demo_admin_creates_a_superuser_with_a_printed_random_password():
    output = run()
    user = get_user_model().objects.get(username="admin")
    password = passwords(output)["admin"]
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 16


def test_demo_admin_creates_an_hr_an_editor_and_a_service_account_that_reach_their_desks_only():
    printed = passwords(run())
    assert set(printed) == {"admin", "hr", "editor", "service"}
    assert len(set(printed.values())) == 4
    User = get_user_model()
    hr, editor = User.objects.get(username="hr"), User.objects.get(username="editor")
    service = User.objects.get(username="service")
    assert hr.is_staff and not hr.is_superuser and list(hr.groups.values_list("name", flat=True)) == ["HR"]
    assert editor.is_staff and list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert service.is_staff and not service.is_superuser
    assert list(service.groups.values_list("name", flat=True)) == ["Service"]
    for username, allowed, refused in [
        ("hr", "admin:careers_application_changelist", "admin:news_article_changelist"),
        ("editor", "admin:news_article_changelist", "admin:careers_application_changelist"),
        ("service", "admin:service_repairrequest_changelist", "admin:careers_application_changelist"),
        ("editor", "admin:service_office_changelist", "admin:service_inquiry_changelist"),
        ("hr", "admin:careers_application_changelist", "admin:service_plainmessage_changelist"),
    ]:
        client = Client()
        assert client.login(request=HttpRequest(), username=username, password=printed[username])
        assert client.get(reverse(allowed)).status_code == 200
        assert client.get(reverse(refused)).status_code == 403


def test_demo_admin_never_resets_an_existing_account():
    first = run()
    User = get_user_model()
    hashes = dict(User.objects.values_list("username", "password"))
    second = run()
    assert "password:" in first and "password:" not in second
    assert "changepassword" in second and "'hr' exists already" in second and "'editor' exists already" in second
    assert "'service' exists already" in second
    assert dict(User.objects.values_list("username", "password")) == hashes


def test_an_existing_hr_username_is_left_as_it_is(django_user_model):
    django_user_model.objects.create_user("hr", password="their-own-pw")
    printed = passwords(run())
    assert "hr" not in printed
    user = django_user_model.objects.get(username="hr")
    assert user.check_password("their-own-pw") and not user.is_staff and not user.groups.exists()


def test_two_fresh_sites_get_different_passwords(django_user_model):
    first = passwords(run())
    django_user_model.objects.all().delete()
    second = passwords(run())
    assert all(first[name] != second[name] for name in first)


@pytest.mark.parametrize("superuser_exists", [False, True])
def test_demo_admin_points_at_the_configured_admin_path(settings, django_user_model, superuser_exists):
    settings.ADMIN_URL = "backoffice-7f3/"
    if superuser_exists:
        django_user_model.objects.create_superuser(username="boss", email="", password="x")
    output = run()
    assert "http://127.0.0.1:8000/backoffice-7f3/" in output
    assert "/admin/" not in output


def test_demo_admin_prints_the_login_address_with_the_port_the_site_runs_on(monkeypatch):
    out = StringIO()
    call_command("demo_admin", port=8123, stdout=out)
    assert "http://127.0.0.1:8123/admin/" in out.getvalue()
    monkeypatch.setenv("PORT", "9001")
    out = StringIO()
    call_command("demo_admin", stdout=out)
    assert "http://127.0.0.1:9001/admin/" in out.getvalue()
