"""Every admin page staff can open is in Chinese: the HTML text and the JavaScript widgets' catalogue.

The walk covers every registered model's list, add, change, history and delete page as a superuser (one
object of each from the demo seed), the add forms sent back empty (their errors), every list action's
confirmation page or result, the version history's compare and revert pages, the password change, the
login with a wrong password and the logout; and the admin index and app pages as an editor, HR and
service member. The module's tests share one seeded database (the ``seeded`` fixture) and are marked slow.
"""

import json
import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.utils import label_for_field
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse

from core.history import HistoryAdmin
from core.models import OutgoingMail, TwoFactorDevice
from products.models import Category, Product
from service.factories import MessageFactory
from service.models import Message
from tests.admin_forms import change_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# What Django's admin says in English when a translation is missing.
ENGLISH = [
    "Choose all", "Remove all", "Add another", "Save and add another", "Save and continue editing",
    "Filter", "Select", "to change", "Recent actions", "Delete", "History", "Search", "Go", "Action:",
    "Yes", "No", "Unknown", "Today", "Past 7 days", "Any date", "This month", "This year", "Chosen",
    "Available", "Add", "Change", "View", "Save", "Log out", "Welcome", "Home", "Close", "Show", "Hide",
    "Now", "Midnight", "Noon", "Clear", "Remove", "Choose", "results", "selected", "Heading", "Paragraph",
    "Django administration", "Site administration", "View site", "Change password", "Documentation",
    "None", "Empty", "Not empty", "All", "By ",
    # Pages after a POST: errors, confirmations, history, login and logout.
    "Error", "Please correct", "This field is required", "Enter a valid", "Ensure this", "Select a valid",
    "Are you sure", "Yes, I", "No, take me back", "Summary", "Objects", "Password", "Log in", "Logged out",
    "Revert", "Recover", "Compare", "Date/time", "User", "Comment", "Please", "required", "invalid",
    "Model name", "After you", "True", "False", "Can add", "Can change", "Can delete", "Can view", "Reversion",
    "revision",
]  # fmt: skip
ENGLISH_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(word) for word in ENGLISH) + r")(?![A-Za-z])")
SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


class _ShownText(HTMLParser):
    """The text a reader sees: text outside scripts and styles, titles, placeholders and button labels."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "textarea"):
            self.hidden += 1
        self.parts.extend(value for name, value in attrs.items() if name in SHOWN_ATTRIBUTES and value)
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


# Django's names for the rows of a many-to-many link ("Case-product关系: Case_products object (1)").
LINK_ROW_RE = re.compile(r"[A-Za-z]+-[A-Za-z]+关系|[A-Za-z_]+ object \(")


def english_on(response):
    parser = _ShownText()
    parser.feed(response.content.decode())
    return sorted(
        {match for part in parser.parts for regex in (ENGLISH_RE, LINK_ROW_RE) for match in regex.findall(part)}
    )


def seed():
    call_command("seed_demo", stdout=StringIO())
    call_command("demo_admin", stdout=StringIO())
    # What the demo has none of: an e-mail sent and an inquiry.
    OutgoingMail.objects.create(to="a@example.cn", subject="邮件", body="正文")
    # The login lockout's records and a second-factor device (django-axes, django-otp).
    admin_user = get_user_model().objects.get(username="admin")
    attempt = {
        "username": "admin",
        "ip_address": "203.0.113.9",
        "user_agent": "Mozilla/5.0",
        "path_info": "/admin/login/",
    }
    AccessAttempt.objects.create(**attempt, http_accept="text/html", failures_since_start=3, get_data="", post_data="")
    AccessLog.objects.create(**attempt, http_accept="text/html")
    AccessFailureLog.objects.create(**attempt, http_accept="text/html", locked_out=False)
    TwoFactorDevice.objects.create(user=admin_user, name="手机")
    MessageFactory(kind=Message.Kind.INQUIRY).products.set([Product.objects.first()])


def admin_urls(model):
    prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"no {model.__name__} to open"
    urls = [reverse(f"{prefix}_changelist"), reverse(f"{prefix}_change", args=[obj.pk])]
    try:
        urls.append(reverse(f"{prefix}_add"))
    except NoReverseMatch:
        pass
    return urls


def client_of(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_every_admin_list_add_and_change_page_is_chinese_for_a_superuser(seeded):
    client = client_of("admin")
    found = {}
    for model in admin.site._registry:
        for url in admin_urls(model):
            response = client.get(url, follow=True)  # the site settings' list leads to its one row
            if response.status_code == 403:  # an add page nobody may open (messages come from visitors)
                continue
            assert response.status_code == 200, url
            if english := english_on(response):
                found[url] = english
    for url in (
        reverse("admin:index"),
        *(
            reverse("admin:app_list", args=[label])
            for label in {model._meta.app_label for model in admin.site._registry}
        ),
    ):
        if english := english_on(client.get(url)):
            found[url] = english
    assert found == {}


@pytest.mark.parametrize("username", ["editor", "hr", "service"])
def test_the_admin_index_and_app_pages_are_chinese_for_each_staff_group(seeded, username):
    client = client_of(username)
    index = client.get(reverse("admin:index"))
    apps = {model._meta.app_label for model in admin.site._registry}
    labels = set(re.findall(r'href="/admin/([a-z_]+)/"', index.content.decode())) & apps
    assert labels
    found = {}
    for url in (reverse("admin:index"), *(reverse("admin:app_list", args=[label]) for label in labels)):
        response = client.get(url)
        assert response.status_code == 200, url
        if english := english_on(response):
            found[url] = english
    assert found == {}


def catalogue(client):
    text = client.get(reverse("admin:jsi18n")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", text, re.S).group(1))


def test_the_admin_javascript_catalogue_translates_every_message_of_the_brand_picker(seeded):
    catalog = catalogue(client_of("editor"))
    for message in ("Choose all %s", "Remove all %s", "Choose selected %s", "Remove selected %s", "Chosen %s",
                    "Available %s", "(click to clear)", "Filter", "Today", "Now",
                    'Choose %s by selecting them and then select the "Choose" arrow button.'):  # fmt: skip
        assert message in catalog and not re.search(r"[A-Za-z]{3,}", str(catalog[message]).replace("%s", ""))


def test_every_model_and_field_has_a_chinese_verbose_name(seeded):
    untranslated = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        shown = {*model_admin.list_display, *model_admin.readonly_fields, *model_admin.list_filter}
        for label in (opts.verbose_name, opts.verbose_name_plural):
            if not re.search(r"[\u4e00-\u9fff]", str(label)):
                untranslated.append(f"{opts.label}: {label}")
        if model._meta.proxy and model._meta.app_label == "core":
            # A library's model shown under our name: what the admin shows is its form and columns.
            request = RequestFactory().get("/")
            request.user = get_user_model().objects.get(username="admin")
            labels = {name: field.label for name, field in model_admin.get_form(request)().fields.items()}
            labels |= {name: label_for_field(name, model, model_admin) for name in shown if isinstance(name, str)}
            untranslated += [f"{opts.label}.{name}: {label}" for name, label in labels.items()
                             if not re.search(r"[\u4e00-\u9fff]", str(label))]  # fmt: skip
            continue
        for field in opts.get_fields():
            if hasattr(field, "verbose_name") and not field.auto_created and (field.editable or field.name in shown):
                if not re.search(r"[\u4e00-\u9fff]", str(field.verbose_name)):
                    untranslated.append(f"{opts.label}.{field.name}: {field.verbose_name}")
    assert untranslated == []


def test_the_products_section_is_called_products_and_the_category_column_counts_them(seeded):
    client = client_of("admin")
    assert str(Product._meta.verbose_name_plural) == "产品"
    index = client.get(reverse("admin:index")).content.decode()
    assert ">产品</a>" in index and ">产品数</a>" not in index
    assert "产品数" in client.get(reverse("admin:products_category_changelist")).content.decode()


def test_the_rich_text_editor_names_its_paragraph_and_heading_styles_in_chinese(seeded):
    client = client_of("editor")
    page = client.get(reverse("admin:products_product_change", args=[Product.objects.first().pk])).content.decode()
    config = json.loads(
        re.search(r'<script id="id_body_zh_hans_script" type="application/json">(.*?)</script>', page).group(1)
    )
    titles = [option["title"] for option in config["heading"]["options"]]
    assert titles == ["正文", "标题 2", "标题 3", "标题 4"]


CJK = re.compile(r"[\u4e00-\u9fff]")
ERROR_LIST = re.compile(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', re.S)


def english_errors(response):
    """Validation messages on the page with no Chinese in them (ours or Django's)."""
    items = (re.sub(r"<[^>]+>", "", item).strip() for block in ERROR_LIST.findall(response.content.decode())
             for item in re.findall(r"<li>(.*?)</li>", block, re.S))  # fmt: skip
    return sorted({item for item in items if item and not CJK.search(item)})


def check(found, url, response):
    if response.status_code in (200, 302) and "html" in response.get("Content-Type", ""):
        english = english_on(response) + english_errors(response)
        if english:
            found[url] = english


def first_object(model):
    return model._default_manager.order_by("pk").first()


def test_every_add_form_sent_back_empty_shows_its_errors_in_chinese(seeded):
    client = client_of("admin")
    found, errors_seen = {}, 0
    for model in admin.site._registry:
        try:
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        except NoReverseMatch:
            continue
        if client.get(url).status_code == 403:
            continue
        response = client.post(url, change_form_data(client, url), follow=True)
        assert response.status_code == 200, url
        errors_seen += 'class="errornote"' in response.content.decode()
        check(found, url, response)
    assert found == {}
    assert errors_seen >= 15  # nearly every form needs something filled in


def test_every_list_action_and_delete_page_is_chinese(seeded):
    client = client_of("admin")
    found, confirmations = {}, 0
    for model, model_admin in admin.site._registry.items():
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        obj = first_object(model)
        delete_url = reverse(f"{prefix}_delete", args=[obj.pk])
        response = client.get(delete_url)
        if response.status_code != 403:
            assert response.status_code == 200, delete_url
            check(found, delete_url, response)
        changelist = reverse(f"{prefix}_changelist")
        request = client.get(changelist, follow=True).wsgi_request
        for name in model_admin.get_actions(request):
            data = {"action": name, "_selected_action": [str(obj.pk)], "index": "0", "select_across": "0"}
            response = client.post(changelist, data)
            if response.status_code == 302:
                response = client.get(response["Location"])
            else:
                confirmations += 1
            check(found, f"{changelist} {name}", response)
            obj = first_object(model) or obj
    assert found == {}
    assert confirmations >= len(admin.site._registry) - 2  # every delete_selected at least


def test_the_history_compare_and_revert_pages_are_chinese(seeded):
    client = client_of("admin")
    found = {}
    for model, model_admin in admin.site._registry.items():
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        obj = first_object(model)
        if isinstance(model_admin, HistoryAdmin):
            change = reverse(f"{prefix}_change", args=[obj.pk])
            for _ in range(2):  # two versions to compare
                assert client.post(change, change_form_data(client, change)).status_code == 302, change
            compare = reverse(f"{prefix}_compare", args=[obj.pk])
            check(found, compare, client.get(compare))
            version = reverse(f"{prefix}_history", args=[obj.pk])
            page = client.get(version)
            revision = re.search(r'href="([^"]+/history/\d+/)"', page.content.decode())
            assert revision, version
            check(found, revision.group(1), client.get(revision.group(1)))
        history = reverse(f"{prefix}_history", args=[obj.pk])
        response = client.get(history)
        assert response.status_code in (200, 403), history
        check(found, history, response)
    assert found == {}


def test_password_change_login_error_and_logout_pages_are_chinese(seeded):
    client = client_of("editor")
    found = {}
    url = reverse("admin:password_change")
    check(found, url, client.get(url))
    wrong = {"old_password": "wrong", "new_password1": "abc", "new_password2": "abd"}
    response = client.post(url, wrong)
    assert response.status_code == 200 and english_errors(response) == [] and "errorlist" in response.content.decode()
    check(found, url + " POST", response)
    logout = client.post(reverse("admin:logout"))
    assert logout.status_code == 200
    check(found, "logout", logout)
    anonymous = Client()
    login = reverse("admin:login")
    check(found, login, anonymous.get(login))
    response = anonymous.post(login, {"username": "editor", "password": "wrong-password"})
    assert response.status_code == 200 and "errornote" in response.content.decode()
    check(found, login + " POST", response)
    assert found == {}


def test_our_forms_say_what_is_wrong_in_chinese(seeded):
    """Bad input on the editors' forms: every message (ours and Django's field messages) is Chinese."""
    client = client_of("admin")
    side = Category.objects.exclude(parent=None).order_by("pk").first()
    product = {"name": "测试", "category": str(side.pk), "carrier_min_t": "1", "carrier_max_t": "2"}
    cases = [
        ("products_product", {**product, "carrier_min_t": "30", "carrier_max_t": "20"}),
        ("products_product", {**product, "slug": Product.objects.order_by("pk").first().slug}),
        ("products_product", {**product, "slug": "不是 slug!", "carrier_min_t": "abc"}),
        ("products_product", {**product, "cover": SimpleUploadedFile("c.jpg", b"GIF89a broken")}),
        ("products_product", {**product, "brochure": SimpleUploadedFile("b.pdf", b"MZ\x90\x00 exe")}),
        ("products_product", {**product, "cover-kept": "forged"}),
        ("products_category", {"name": "新类别", "slug": "compare"}),
        ("products_video", {"title": "视频"}),
        ("products_video", {"title": "视频", "embed_url": "not a url"}),
        ("news_newscategory", {"name": "类别", "slug": "feed"}),
        ("pages_banner", {"title": "横幅", "link": "javascript:alert(1)"}),
    ]
    found, errors = {}, 0
    for prefix, changes in cases:
        url = reverse(f"admin:{prefix}_add")
        response = client.post(url, change_form_data(client, url, **changes))
        assert response.status_code == 200, (url, sorted(changes.items()))
        errors += len(re.findall(r'<ul class="errorlist', response.content.decode()))
        check(found, f"{url} {sorted(changes)}", response)
    assert found == {}
    assert errors >= len(cases)
