from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("demo_admin", stdout=out)
    return out.getvalue()


def test_demo_admin_creates_a_superuser_with_a_printed_random_password():
    output = run()
    user = get_user_model().objects.get(username="admin")
    password = output.split("password: ")[1].split()[0]
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 16


def test_demo_admin_never_resets_an_existing_superuser():
    first = run()
    second = run()
    assert "password:" in first and "password:" not in second
    assert "changepassword" in second
    assert get_user_model().objects.count() == 1


def test_two_fresh_sites_get_different_passwords(django_user_model):
    first = run().split("password: ")[1].split()[0]
    django_user_model.objects.all().delete()
    second = run().split("password: ")[1].split()[0]
    assert first != second


@pytest.mark.parametrize("superuser_exists", [False, True])
def test_demo_admin_points_at_the_configured_admin_path(settings, django_user_model, superuser_exists):
    settings.ADMIN_URL = "backoffice-7f3/"
    if superuser_exists:
        django_user_model.objects.create_superuser(username="boss", email="", password="x")
    output = run()
    assert "http://127.0.0.1:8000/backoffice-7f3/" in output
    assert "/admin/" not in output
