"""Approving a message for the public board (and withdrawing it) retires the cached pages; a message
without a reply is never approved; changing a board message's reply or deleting it retires them too."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from core.cache import content_version
from service.models import Message
from tests.admin_forms import change_form_data

from .conftest import make_message
from .test_inboxes import INQUIRIES, MESSAGES, change_url

pytestmark = pytest.mark.django_db


def act(client, url, action, records):
    response = client.post(url, {"action": action, "_selected_action": [r.pk for r in records]}, follow=True)
    assert response.status_code == 200
    return sorted(m.level_tag for m in get_messages(response.wsgi_request))


def test_approving_puts_answered_messages_on_the_board_and_retires_the_cache(service):
    client, _user = service
    answered = make_message(public_reply="欢迎来电咨询。")
    unanswered = make_message()
    version = content_version()
    assert act(client, MESSAGES, "approve_for_board", [answered, unanswered]) == ["success", "warning"]
    assert set(Message.objects.filter(on_board=True)) == {answered}
    assert content_version() != version
    # Approving again changes nothing and retires nothing.
    version = content_version()
    act(client, MESSAGES, "approve_for_board", [answered])
    assert content_version() == version


def test_inquiries_can_go_on_the_board_too(service, product):
    client, _user = service
    inquiry = make_message(products=[product], public_reply="已报价。")
    act(client, INQUIRIES, "approve_for_board", [inquiry])
    inquiry.refresh_from_db()
    assert inquiry.on_board


def test_withdrawing_takes_it_off_and_retires_the_cache(service):
    client, _user = service
    shown = make_message(public_reply="已回复。", on_board=True)
    version = content_version()
    act(client, MESSAGES, "withdraw_from_board", [shown])
    shown.refresh_from_db()
    assert not shown.on_board and content_version() != version


def test_a_new_visitor_message_never_retires_the_cache():
    version = content_version()
    make_message()
    assert content_version() == version


def test_changing_the_reply_of_a_board_message_retires_the_cache_and_it_cannot_be_emptied(service):
    client, _user = service
    shown = make_message(public_reply="旧回复", on_board=True)
    url = change_url(shown)
    version = content_version()
    assert client.post(url, change_form_data(client, url, public_reply="新回复")).status_code == 302
    assert content_version() != version
    response = client.post(url, change_form_data(client, url, public_reply=" "))
    assert response.status_code == 200 and "public_reply" in response.context["adminform"].form.errors
    shown.refresh_from_db()
    assert shown.public_reply == "新回复"


def test_notes_on_a_board_message_do_not_retire_the_cache(service):
    client, _user = service
    shown = make_message(public_reply="已回复。", on_board=True)
    url = change_url(shown)
    version = content_version()
    assert client.post(url, change_form_data(client, url, internal_notes="客户很满意")).status_code == 302
    assert content_version() == version


def test_deleting_a_board_message_retires_the_cache(service):
    client, _user = service
    shown = make_message(public_reply="已回复。", on_board=True)
    version = content_version()
    response = client.post(reverse("admin:service_plainmessage_delete", args=[shown.pk]), {"post": "yes"})
    assert response.status_code == 302 and not Message.objects.exists()
    assert content_version() != version
