"""The admin home's "需要处理" panel (core.attention): what waits, for whom, at what cost."""

import datetime
import itertools
import zoneinfo

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careers.factories import ApplicationFactory
from core.factories import image_file
from news.factories import ArticleFactory
from news.models import Article
from pages.factories import PageFactory
from products.factories import CaseFactory, CategoryFactory, ProductFactory, SpecFieldFactory, VideoFactory
from products.models import Product
from service.models import Message, RepairRequest
from tests.attention import attention_entries, attention_panel, attention_rows

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
_keys = itertools.count()


def changelist(name, query):
    return f"{reverse(f'admin:{name}_changelist')}?{query}"


PRODUCT_DRAFTS = changelist("products_product", "is_published__exact=0")
PRODUCT_GAPS = changelist("products_product", "gaps=missing")
CASE_DRAFTS = changelist("products_case", "is_published__exact=0")
VIDEO_DRAFTS = changelist("products_video", "is_published__exact=0")
PAGE_DRAFTS = changelist("pages_page", "is_published__exact=0")
ARTICLE_DRAFTS = changelist("news_article", "publication=draft")
ARTICLE_SCHEDULED = changelist("news_article", "publication=scheduled")
NEW_MESSAGES = changelist("service_plainmessage", "status__exact=new")
NEW_INQUIRIES = changelist("service_inquiry", "status__exact=new")
NEW_REPAIRS = changelist("service_repairrequest", "status__exact=new")
NEW_APPLICATIONS = changelist("careers_application", "status__exact=new")


def counts(client):
    rows = attention_rows(client.get(INDEX))
    return None if rows is None else {href: count for href, (_label, count) in rows.items()}


def make_waiting(n=1):
    """``n`` of each kind of thing that waits, and as many that do not."""
    now = timezone.now()
    category = CategoryFactory()
    SpecFieldFactory(category=category, name="工作重量", is_key=True)
    plain = CategoryFactory()
    for i in range(n):
        key = next(_keys)
        ProductFactory(category=plain, is_published=False, cover=image_file("c.jpg", (40, 30)))  # a complete draft
        ProductFactory(category=category, cover=image_file("c.jpg", (40, 30)))  # published, key spec empty
        ProductFactory(category=plain, cover=image_file("c.jpg", (40, 30)))  # published and complete
        CaseFactory(is_published=False), CaseFactory()
        VideoFactory(is_published=False), VideoFactory()
        PageFactory(is_published=False), PageFactory()
        ArticleFactory(status=Article.Status.DRAFT), ArticleFactory()
        ArticleFactory(publish_at=now + datetime.timedelta(days=i + 1))  # scheduled
        ArticleFactory(status=Article.Status.DRAFT, publish_at=now + datetime.timedelta(days=1))  # a draft, not due
        Message.objects.create(name="张", phone="+8613800000000", subject="留言", body="您好", submission_key=f"m{key}")
        Message.objects.create(name="王", phone="+8613800000001", subject="询价", body="价格？",
                               kind=Message.Kind.INQUIRY, submission_key=f"q{key}")  # fmt: skip
        Message.objects.create(name="赵", phone="+8613800000002", subject="旧", body="已答", status="answered",
                               submission_key=f"a{key}")  # fmt: skip
        RepairRequest.objects.create(contact_name="李", phone="+8613900000000", brand_model="卡特 320D",
                                     fault="不打击", submission_key=f"r{key}")  # fmt: skip
        ApplicationFactory(resume=None), ApplicationFactory(resume=None, status="reviewing")


def test_a_superuser_sees_everything_that_waits_each_linked_to_its_filtered_list(staff_client):
    make_waiting()
    client, _user = staff_client(None, superuser=True)
    assert counts(client) == {
        PAGE_DRAFTS: 1,
        PRODUCT_DRAFTS: 1,
        PRODUCT_GAPS: 1,
        CASE_DRAFTS: 1,
        VIDEO_DRAFTS: 1,
        ARTICLE_DRAFTS: 2,
        ARTICLE_SCHEDULED: 1,
        NEW_APPLICATIONS: 1,
        NEW_MESSAGES: 1,
        NEW_INQUIRIES: 1,
        NEW_REPAIRS: 1,
    }


def test_each_link_lists_exactly_what_was_counted(staff_client):
    make_waiting(2)
    client, _user = staff_client(None, superuser=True)
    for url, count in counts(client).items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.context["cl"].result_count == count, url


def test_an_editor_sees_the_content_and_never_the_inboxes_or_applications(staff_client):
    make_waiting()
    client, _user = staff_client("Editors")
    assert set(counts(client)) == {
        PAGE_DRAFTS, PRODUCT_DRAFTS, PRODUCT_GAPS, CASE_DRAFTS, VIDEO_DRAFTS, ARTICLE_DRAFTS, ARTICLE_SCHEDULED,
    }  # fmt: skip


def test_hr_sees_only_the_new_applications(staff_client):
    make_waiting()
    client, _user = staff_client("HR")
    assert counts(client) == {NEW_APPLICATIONS: 1}


def test_the_service_desk_sees_only_its_inboxes(staff_client):
    make_waiting()
    client, _user = staff_client("Service")
    assert counts(client) == {NEW_MESSAGES: 1, NEW_INQUIRIES: 1, NEW_REPAIRS: 1}


def test_staff_who_may_view_none_of_it_get_no_panel_and_one_permission_brings_one_row(staff_client):
    make_waiting()
    client, user = staff_client(None)
    assert attention_panel(client.get(INDEX)) is None
    user.user_permissions.add(Permission.objects.get(codename="view_application"))
    assert counts(client) == {NEW_APPLICATIONS: 1}


def test_nothing_waiting_shows_a_calm_empty_state_not_a_list_of_zeros(staff_client):
    ProductFactory(cover=image_file("c.jpg", (40, 30))), ArticleFactory()
    client, _user = staff_client("Editors")
    panel = attention_panel(client.get(INDEX))
    assert "没有需要处理的事项" in panel and "需要处理" in panel
    assert "attention-count" not in panel


def test_a_zero_row_is_left_out_and_the_count_follows_the_work(staff_client):
    client, _user = staff_client("Editors")
    draft = ArticleFactory(status=Article.Status.DRAFT)
    assert counts(client) == {ARTICLE_DRAFTS: 1}
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert counts(client) == {}
    Product.objects.update(is_published=False)  # none: nothing changes
    ProductFactory(is_published=False)  # a draft without an image: a draft and a gap
    assert counts(client) == {PRODUCT_DRAFTS: 1, PRODUCT_GAPS: 1}


def test_scheduled_articles_list_the_next_five_with_their_local_time_to_the_minute(staff_client):
    start = timezone.now().replace(second=42, microsecond=0) + datetime.timedelta(hours=1)
    articles = [ArticleFactory(title=f"预告{i}", publish_at=start + datetime.timedelta(days=6 - i)) for i in range(7)]
    ArticleFactory(title="已发布", publish_at=start - datetime.timedelta(days=2))
    client, _user = staff_client("Editors")
    response = client.get(INDEX)
    assert attention_rows(response)[ARTICLE_SCHEDULED] == ("定时发布的文章", 7)
    expected = sorted(articles, key=lambda article: article.publish_at)[:5]
    assert attention_entries(response) == [
        (
            article.publish_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"),
            reverse("admin:news_article_change", args=[article.pk]),
            article.title,
        )
        for article in expected
    ]


def test_a_title_with_markup_is_shown_as_text(staff_client):
    ArticleFactory(title="<script>alert(1)</script>", publish_at=timezone.now() + datetime.timedelta(days=1))
    client, _user = staff_client("Editors")
    html = client.get(INDEX).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("group", [None, "Editors", "HR", "Service"], ids=["superuser", "editor", "hr", "service"])
def test_the_panel_costs_the_same_queries_for_one_or_ten_of_everything(staff_client, group):
    client, _user = staff_client(group, superuser=group is None)
    make_waiting(1)
    client.get(INDEX)
    with CaptureQueriesContext(connection) as few:
        client.get(INDEX)
    make_waiting(10)
    client.get(INDEX)  # the site's cached fragments refill after the saves; the panel caches nothing
    with CaptureQueriesContext(connection) as many:
        response = client.get(INDEX)
    assert len(few) == len(many)
    assert min(count for _label, count in attention_rows(response).values()) >= 10
