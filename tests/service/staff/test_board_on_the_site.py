"""What staff do in the admin shows on the public board at once: the cached page is retired. Nothing
unapproved appears, nor a visitor's phone, e-mail or company; the office's e-mail links to the right inbox."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from service import emails
from tests.admin_forms import change_form_data

from .conftest import make_message, make_office
from .test_inboxes import MESSAGES, change_url

pytestmark = pytest.mark.django_db

BOARD = reverse("service:message")


def board(client):
    response = client.get(BOARD)
    assert response.status_code == 200
    return response.content.decode()


def test_approval_reply_change_and_withdrawal_show_on_the_public_board_at_once(service):
    staff, _user = service
    visitor = Client()
    message = make_message(subject="破碎锤保修期多久", body="<b>请问</b>", phone="+8613812345678",
                           email="wang@example.com", company="三一重工", public_reply="整机保修一年。")  # fmt: skip
    unanswered = make_message(subject="未回复的留言")
    assert "破碎锤保修期多久" not in board(visitor)  # not approved yet (and this copy may be cached)
    staff.post(MESSAGES, {"action": "approve_for_board", "_selected_action": [message.pk, unanswered.pk]})
    page = board(visitor)
    assert "破碎锤保修期多久" in page and "整机保修一年。" in page and "&lt;b&gt;请问&lt;/b&gt;" in page
    assert "未回复的留言" not in page
    for private in ("13812345678", "wang@example.com", "三一重工"):
        assert private not in page
    url = change_url(message)
    staff.post(url, change_form_data(staff, url, public_reply="整机保修两年。"))
    assert "整机保修两年。" in board(visitor)
    staff.post(MESSAGES, {"action": "withdraw_from_board", "_selected_action": [message.pk]})
    assert "破碎锤保修期多久" not in board(visitor)


@pytest.mark.parametrize(("products", "inbox"), [(False, "plainmessage"), (True, "inquiry")])
def test_the_offices_email_links_to_the_records_inbox(
    settings, product, products, inbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MAIL_SEND_ON_COMMIT = True
    settings.SITE_URL = "https://www.kede.example"
    office = make_office(email="changsha@kedegroup.cn")
    message = make_message(office=office, products=[product] if products else ())
    with django_capture_on_commit_callbacks(execute=True):
        emails.notify_office(message)
    link = "https://www.kede.example" + reverse(f"admin:service_{inbox}_change", args=[message.pk])
    assert link in mail.outbox[-1].body
