"""Every admin page staff can open is in Chinese: the HTML text and the JavaScript widgets' catalogue.

The walk covers every registered model's list, add and change page as a superuser (one object of each
from the demo seed), and the admin index and app pages as an editor, HR and service member.
The module's tests share one seeded database (the ``seeded`` fixture) and are marked slow.
"""

import json
import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse

from core.models import OutgoingMail
from products.models import Product
from service.factories import MessageFactory
from service.models import Message

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


def english_on(response):
    parser = _ShownText()
    parser.feed(response.content.decode())
    return sorted({match for part in parser.parts for match in ENGLISH_RE.findall(part)})


def seed():
    call_command("seed_demo", stdout=StringIO())
    call_command("demo_admin", stdout=StringIO())
    # What the demo has none of: an e-mail sent and an inquiry.
    OutgoingMail.objects.create(to="a@example.cn", subject="邮件", body="正文")
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
    config = json.loads(re.search(r'<script id="id_body_script" type="application/json">(.*?)</script>', page).group(1))
    titles = [option["title"] for option in config["heading"]["options"]]
    assert titles == ["正文", "标题 2", "标题 3", "标题 4"]
