"""The message form (在线留言) and inquiries: stored once, routed to the covering office, every bad input
refused next to its field in Chinese with the input kept and nothing stored."""

import re

import pytest
from django.core import mail
from django.test import Client

from core.models import OutgoingMail
from products.factories import ProductFactory
from service.factories import OfficeFactory
from service.models import Message

from .conftest import hidden_fields

pytestmark = pytest.mark.django_db
URL = "/service/message/"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def valid_data(client, url=URL, **overrides):
    data = {
        **hidden_fields(client, url),
        "name": "王小明",
        "phone": "138 1234 5678",
        "email": "xiaoming@example.com",
        "company": "衡阳土方公司",
        "province": "jiangxi",
        "subject": "破碎锤选型",
        "body": "SY215配什么型号？",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post(client, data, url=URL, capture=None):
    if capture is None:
        return client.post(url, data)
    with capture(execute=True):
        return client.post(url, data)


def test_a_message_is_stored_once_routed_and_announced(hunan_office, site_settings, django_capture_on_commit_callbacks):
    client = Client()
    data = valid_data(client)
    response = post(client, data, capture=django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response.url == "/service/message/thanks/"
    message = Message.objects.get()
    assert message.kind == Message.Kind.MESSAGE
    assert message.phone == "+8613812345678" and message.office == hunan_office
    assert not message.on_board and message.status == Message.Status.NEW
    thanks = client.get(response.url).content.decode()
    assert message.reference in thanks and message.reference.startswith("LY")
    assert sorted(m.to[0] for m in mail.outbox) == ["changsha@kedegroup.cn", "xiaoming@example.com"]
    # The second time (reload, double click): the same key stores nothing more.
    assert post(client, data).status_code == 302
    assert Message.objects.count() == 1


def test_without_a_covering_office_the_notification_goes_to_the_site_address(
    site_settings, django_capture_on_commit_callbacks
):
    client = Client()
    post(client, valid_data(client, email=""), capture=django_capture_on_commit_callbacks)
    assert Message.objects.get().office is None
    assert [m.to for m in mail.outbox] == [["service@kedegroup.cn"]]  # no visitor address, no confirmation


def test_the_office_is_stored_so_a_later_change_of_coverage_keeps_history(hunan_office, site_settings):
    client = Client()
    post(client, valid_data(client, province="hunan"))
    other = OfficeFactory(name="新办事处", provinces_covered=["hunan"], order=0, email="new@kedegroup.cn")
    hunan_office.provinces_covered = ["jiangxi"]
    hunan_office.save()
    assert Message.objects.get().office == hunan_office
    assert Message.objects.filter(office=other).count() == 0


def test_an_unpublished_office_receives_nothing(hunan_office, site_settings):
    hunan_office.is_published = False
    hunan_office.save()
    client = Client()
    post(client, valid_data(client, province="hunan"))
    assert Message.objects.get().office is None


def test_offices_come_before_dealers_when_both_cover_a_province(db):
    dealer = OfficeFactory(kind="dealer", provinces_covered=["hunan"], order=0)
    office = OfficeFactory(kind="office", provinces_covered=["hunan"], order=5)
    from service.models import Office

    assert Office.objects.route("hunan") == office
    assert dealer in Office.objects.covering("hunan")
    assert Office.objects.route("hubei") is None
    assert Office.objects.route('hunan"') is None


def test_an_inquiry_shows_and_attaches_the_products_of_the_link(site_settings):
    first = ProductFactory(name="KD-68破碎锤", slug="kd-68")
    second = ProductFactory(name="KD-90振动锤", slug="kd-90")
    url = f"{URL}?product=kd-68&product=kd-90&product=kd-68"
    client = Client()
    page = client.get(url).content.decode()
    assert "KD-68破碎锤" in page and "KD-90振动锤" in page and "data-inquiry-products" in page
    response = post(client, valid_data(client, url), url=url)
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.kind == Message.Kind.INQUIRY
    assert set(message.products.all()) == {first, second}


@pytest.mark.parametrize("slugs", ["?product=no-such", "?product=draft", "?product=kd-68&product=no-such"])
def test_unknown_or_unpublished_slugs_are_dropped_with_a_notice_and_the_form_still_works(site_settings, slugs):
    ProductFactory(name="KD-68破碎锤", slug="kd-68")
    ProductFactory(name="草稿产品", slug="draft", is_published=False)
    url = URL + slugs
    client = Client()
    page = client.get(url).content.decode()
    assert "message--warning" in page and "草稿产品" not in page
    assert post(client, valid_data(client, url), url=url).status_code == 302
    message = Message.objects.get()
    assert [p.slug for p in message.products.all()] == (["kd-68"] if "kd-68" in slugs else [])
    assert message.kind == (Message.Kind.INQUIRY if "kd-68" in slugs else Message.Kind.MESSAGE)


BAD_INPUT = [
    ("name", "", "name"),
    ("name", "   ", "name"),
    ("name", "王\n小明", "name"),
    ("subject", "   ", "subject"),
    ("subject", "咨询\r\nBcc: victim@example.com", "subject"),
    ("body", " \n ", "body"),
    ("body", "长" * 100_000, "body"),
    ("phone", "12345", "phone"),
    ("phone", "0734-8888666", "phone"),
    ("phone", "<script>", "phone"),
    ("email", "not-an-email", "email"),
    ("email", "a@b.c\nBcc: x@y.z", "email"),
    ("province", "atlantis", "province"),
    ("province", "", "province"),
    ("company", "A\nB", "company"),
]


@pytest.mark.parametrize(("field", "value", "error_field"), BAD_INPUT)
def test_bad_input_is_refused_next_to_its_field_in_chinese_kept_and_nothing_stored(
    site_settings, field, value, error_field
):
    client = Client()
    response = client.post(URL, valid_data(client, **{field: value}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert error_field in errors
    assert all(CHINESE.search(message) for message in errors[error_field])
    html = response.content.decode()
    assert "field--error" in html
    assert "王小明" in html or field == "name"  # the other input is kept
    assert Message.objects.count() == 0 and OutgoingMail.objects.count() == 0


def test_html_is_stored_as_text_and_shown_escaped_on_the_board_and_plain_in_the_e_mail(
    site_settings, hunan_office, django_capture_on_commit_callbacks
):
    client = Client()
    script = "<script>alert(1)</script><b>粗</b>"
    post(
        client,
        valid_data(client, name="<b>王</b>", subject=script, body=script, province="hunan"),
        capture=django_capture_on_commit_callbacks,
    )
    message = Message.objects.get()
    assert message.body == script and message.subject == script
    office_mail = next(m for m in mail.outbox if m.to == ["changsha@kedegroup.cn"])
    assert script in office_mail.body and "&lt;" not in office_mail.body
    assert script not in office_mail.subject and "\n" not in office_mail.subject
    message.on_board = True
    message.public_reply = "回复<i>斜</i>"
    message.save()
    page = Client().get(URL).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "回复&lt;i&gt;斜&lt;/i&gt;" in page


def test_the_honeypot_stores_nothing(site_settings):
    client = Client()
    response = client.post(URL, valid_data(client, website="http://spam.example"))
    assert response.status_code == 302
    assert Message.objects.count() == 0 and OutgoingMail.objects.count() == 0


def test_a_form_sent_too_fast_is_shown_again(site_settings, settings):
    settings.FORM_MIN_FILL_SECONDS = 60
    client = Client()
    response = client.post(URL, valid_data(client))
    assert response.status_code == 200 and Message.objects.count() == 0


def test_a_form_without_csrf_token_is_refused(site_settings):
    client = Client(enforce_csrf_checks=True)
    data = valid_data(client)
    data.pop("csrfmiddlewaretoken")
    assert client.post(URL, data).status_code == 403
    assert Message.objects.count() == 0


@pytest.mark.parametrize("proxies", [0, 1])
def test_the_rate_limit_answers_a_styled_429_per_client_address(site_settings, settings, proxies):
    settings.TRUSTED_PROXIES = proxies
    settings.FORM_RATE_LIMITS = {"service-message": "3/10m"}
    client = Client()

    def send(address, n):
        headers = {"REMOTE_ADDR": "10.0.0.1"} if proxies else {"REMOTE_ADDR": address}
        if proxies:
            headers["HTTP_X_FORWARDED_FOR"] = f"1.2.3.4, {address}"  # the first part is made up by the client
        return client.post(URL, valid_data(client, submission_key=f"k{address.replace('.', '')}n{n}"), **headers)

    for n in range(3):
        assert send("203.0.113.7", n).status_code == 302
    refused = send("203.0.113.7", 4)
    assert refused.status_code == 429 and refused["Retry-After"]
    assert CHINESE.search(refused.content.decode())
    assert send("203.0.113.8", 5).status_code == 302  # another visitor is not blocked
    assert Message.objects.count() == 4
