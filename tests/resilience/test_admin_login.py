"""Signing in to the admin: locked after five wrong passwords per account and address (django-axes, through
core.net.client_address), and a TOTP code for HR, Service and superusers when REQUIRE_2FA is on."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "right-password-123"


@pytest.fixture
def staff(django_user_model):
    def make(username, group=None, superuser=False):
        user = django_user_model.objects.create_user(username, password=PASSWORD, is_staff=True, is_superuser=superuser)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


def sign_in(client, username, password=PASSWORD, address="10.0.0.1", otp_token=None, **headers):
    data = {"username": username, "password": password, "next": "/admin/"}
    if otp_token is not None:
        data["otp_token"] = otp_token
    return client.post(LOGIN, data, REMOTE_ADDR=address, **headers)


def signed_in(response):
    return response.status_code == 302 and response.url == "/admin/"


# Lockout --------------------------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_from_that_address_even_for_the_right_one(staff):
    staff("editor", "Editors")
    client = Client()
    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200
    locked = sign_in(client, "editor", "wrong")
    assert locked.status_code == 429
    again = sign_in(client, "editor")  # the right password changes nothing now
    assert again.status_code == 429
    page = again.content.decode()
    assert "登录已锁定" in page and "15 分钟" in page
    assert "private" in again["Cache-Control"]
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_only_that_account_at_that_address(staff):
    staff("editor", "Editors")
    staff("editor2", "Editors")
    for _ in range(5):
        sign_in(Client(), "editor", "wrong", address="10.0.0.1")
    assert sign_in(Client(), "editor", address="10.0.0.1").status_code == 429
    assert signed_in(sign_in(Client(), "editor", address="10.0.0.2"))  # the same account elsewhere
    assert signed_in(sign_in(Client(), "editor2", address="10.0.0.1"))  # a colleague at the same address


def test_a_forged_forwarded_for_header_neither_locks_someone_else_nor_unlocks(staff, settings):
    settings.TRUSTED_PROXIES = 0
    staff("editor", "Editors")
    for _ in range(5):  # the attacker at 10.0.0.9 claims to be the editor's 10.0.0.1
        sign_in(Client(), "editor", "wrong", address="10.0.0.9", HTTP_X_FORWARDED_FOR="10.0.0.1")
    assert signed_in(sign_in(Client(), "editor", address="10.0.0.1"))
    forged = sign_in(Client(), "editor", address="10.0.0.9", HTTP_X_FORWARDED_FOR="10.0.0.77")
    assert forged.status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_the_one_locked(staff, settings):
    settings.TRUSTED_PROXIES = 1
    staff("editor", "Editors")
    for _ in range(5):
        sign_in(Client(), "editor", "wrong", address="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 10.0.0.9")
    locked = sign_in(Client(), "editor", address="127.0.0.1", HTTP_X_FORWARDED_FOR="5.6.7.8, 10.0.0.9")
    assert locked.status_code == 429  # the left entry is the client's word, not the proxy's
    assert signed_in(sign_in(Client(), "editor", address="127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.10"))


def test_the_lock_lifts_after_the_cool_off(staff):
    staff("editor", "Editors")
    start = timezone.now()
    with freeze_time(start):
        for _ in range(5):
            sign_in(Client(), "editor", "wrong")
        assert sign_in(Client(), "editor").status_code == 429
    with freeze_time(start + timedelta(minutes=14)):
        assert sign_in(Client(), "editor").status_code == 429
    with freeze_time(start + timedelta(minutes=31)):
        assert signed_in(sign_in(Client(), "editor"))


# The second factor ----------------------------------------------------------------------------------------


@pytest.fixture
def two_factor(settings):
    settings.REQUIRE_2FA = True


def totp_device(user):
    return TOTPDevice.objects.create(user=user, name="手机", confirmed=True)


def code(device, offset=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += offset * device.step
    return f"{totp.token():0{device.digits}d}"


def test_hr_cannot_sign_in_with_a_password_alone_when_2fa_is_required(two_factor, staff):
    totp_device(staff("hr", "HR"))
    client = Client()
    response = sign_in(client, "hr")
    assert response.status_code == 200
    assert "请输入身份验证器应用中的 6 位动态码" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_hr_signs_in_with_password_and_the_current_code(two_factor, staff):
    device = totp_device(staff("hr", "HR"))
    client = Client()
    assert signed_in(sign_in(client, "hr", otp_token=code(device)))
    assert client.get("/admin/careers/application/").status_code == 200


@pytest.mark.parametrize("token", ["000000", "old", "12ab56"])
def test_a_wrong_or_old_code_is_refused_in_chinese(two_factor, staff, token):
    device = totp_device(staff("service", "Service"))
    client = Client()
    response = sign_in(client, "service", otp_token=code(device, offset=-20) if token == "old" else token)
    assert response.status_code == 200
    assert "动态码错误或已过期" in response.content.decode()
    # django-otp then slows down guessing: even the right code waits a moment.
    assert "动态码错误次数过多" in sign_in(client, "service", otp_token=code(device)).content.decode()


def test_a_session_signed_in_without_a_code_does_not_open_the_admin_for_privileged_staff(two_factor, staff):
    for user in (staff("hr", "HR"), staff("root", superuser=True)):
        client = Client()
        client.force_login(user)
        assert client.get("/admin/").status_code == 302


def test_privileged_staff_without_an_authenticator_are_told_to_ask_for_one(two_factor, staff):
    staff("hr", "HR")
    response = sign_in(Client(), "hr", otp_token="123456")
    assert "请联系管理员为您的账号设置身份验证器" in response.content.decode()


def test_an_editor_needs_no_code(two_factor, staff):
    staff("editor", "Editors")
    client = Client()
    assert signed_in(sign_in(client, "editor"))
    assert client.get("/admin/news/article/").status_code == 200


def test_without_2fa_required_hr_signs_in_with_the_password(settings, staff):
    settings.REQUIRE_2FA = False
    staff("hr", "HR")
    assert signed_in(sign_in(Client(), "hr"))
