"""Service staff log in, see what waits, look at a repair request's photo, answer it, and put an answered
message on the public board, where a visitor sees it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from service.models import Message, RepairRequest
from tests.service.staff.conftest import make_message, make_repair

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def service_user(django_user_model, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user = django_user_model.objects.create_user("service-zhao", password="pw-service-desk-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Service"))
    return user


def test_service_answers_a_repair_request_and_puts_a_message_on_the_board(desktop_page, service_user, browser):
    repair = make_repair(contact_name="周师傅", email="zhou@example.com", photos=1)
    make_repair()
    message = make_message(subject="破碎锤保修期多久", public_reply="整机保修一年。")
    page = desktop_page

    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", "service-zhao")
    page.fill("#id_password", "pw-service-desk-123")
    page.locator("input[type=submit]").click()
    box = page.locator("#attention")
    expect(box).to_be_visible()
    repairs_row = box.locator("tr").filter(has=page.locator("a[href*='/repairrequest/']"))
    expect(repairs_row.locator(".attention-count")).to_have_text("2")

    repairs_row.locator("a").click()
    expect(page).to_have_url(re.compile(r"/admin/service/repairrequest/\?status__exact=new$"))
    page.fill("#searchbar", repair.reference)
    page.locator("#changelist-search input[type=submit]").click()
    page.get_by_role("link", name=repair.reference).click()
    thumbnail = page.locator("img[src*='/photos/']")
    expect(thumbnail).to_have_count(1)
    thumbnail.scroll_into_view_if_needed()
    page.wait_for_function(  # the private photo loaded and decoded
        "img => img.complete && img.naturalWidth > 0", arg=thumbnail.element_handle(), timeout=5000
    )
    expect(page.locator("#id_contact_name")).to_have_count(0)  # the visitor's words are not editable
    page.fill("#id_public_reply", "故障为蓄能器漏气，师傅明天上门。")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    repair.refresh_from_db()
    assert repair.status == RepairRequest.Status.ANSWERED and repair.replied_at is not None
    assert [sent.to for sent in mail.outbox] == [["zhou@example.com"]]

    page.goto("/admin/service/plainmessage/")
    page.locator(f"input[name=_selected_action][value='{message.pk}']").check()
    page.select_option("select[name=action]", "approve_for_board")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert Message.objects.get(pk=message.pk).on_board

    visitor = browser.new_context(base_url=page.url.split("/admin/")[0])
    board = visitor.new_page()
    board.goto("/service/message/")
    item = board.locator("[data-board-item]").filter(has_text="破碎锤保修期多久")
    expect(item).to_contain_text("整机保修一年。")
    visitor.close()
