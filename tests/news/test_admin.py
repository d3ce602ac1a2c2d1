import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from core.demo.documents import pdf_document
from core.groups import sync_staff_groups
from news.factories import ArticleFactory
from news.models import Article, Attachment

pytestmark = pytest.mark.django_db


def article_post(category, **extra):
    data = {
        "title": "科德发布新款液压剪", "slug": "new-shear", "category": category.pk, "source": "科德集团",
        "summary": "", "status": "published", "publish_at_0": "2025-01-02", "publish_at_1": "09:33:51",
        "body": "<p>正文</p>",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
    }  # fmt: skip
    data.update(extra)
    return data


def test_article_changelist_has_filters_search_and_dates(admin_client, newsroom):
    response = admin_client.get(reverse("admin:news_article_changelist"), {"q": "宝马展"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "科德亮相上海宝马展" in html and "属具出口保持增长" not in html
    changelist = response.context["cl"]
    paths = [getattr(spec, "field_path", getattr(spec, "parameter_name", None)) for spec in changelist.filter_specs]
    assert paths == ["category", "publication", "is_pinned", "publish_at", "publish_at_year"]


@pytest.mark.parametrize(
    ("value", "titles"),
    [
        ("draft", {"草稿"}),
        ("scheduled", {"明天发布"}),
        ("live", {"已上线"}),
        ("forged", {"草稿", "明天发布", "已上线"}),
    ],
)
def test_article_list_filters_drafts_scheduled_and_live_articles(admin_client, value, titles):
    ArticleFactory(title="草稿", status=Article.Status.DRAFT)
    ArticleFactory(title="明天发布", publish_at=timezone.now() + datetime.timedelta(days=1))
    ArticleFactory(title="已上线")
    response = admin_client.get(reverse("admin:news_article_changelist"), {"publication": value})
    assert {article.title for article in response.context["cl"].result_list} == titles


def test_article_admin_links_to_the_article_on_the_site(admin_client, newsroom):
    article = newsroom["guide"]
    html = admin_client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()
    assert reverse("admin:view_on_site", args=[_content_type_id(Article), article.pk]) in html


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def test_bulk_publish_and_unpublish_actions(admin_client, newsroom):
    url = reverse("admin:news_article_changelist")
    draft, newest = newsroom["draft"], newsroom["newest"]
    response = admin_client.post(url, {"action": "publish", "_selected_action": [draft.pk, newest.pk]}, follow=True)
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    with translation.override("zh-hans"):  # the admin speaks Chinese; the message goes through the catalogue
        expected = ngettext("%(count)d article was published.", "%(count)d articles were published.", 1) % {"count": 1}
    assert [m.message for m in get_messages(response.wsgi_request)] == [expected]
    response = admin_client.post(url, {"action": "unpublish", "_selected_action": [draft.pk, newest.pk]})
    draft.refresh_from_db()
    newest.refresh_from_db()
    assert draft.status == newest.status == Article.Status.DRAFT


def test_bulk_publish_shows_in_the_public_list_at_once(admin_client, client, newsroom):
    assert "产品总目录" not in client.get("/news/").content.decode()
    admin_client.post(
        reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [newsroom["draft"].pk]}
    )
    assert "产品总目录" in client.get("/news/").content.decode()


def test_article_with_a_pdf_attachment_is_saved_with_its_size(admin_client, newsroom):
    data = article_post(
        newsroom["technical"],
        **{
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title": "液压剪说明书",
            "attachments-0-order": "0",
            "attachments-0-file": SimpleUploadedFile("manual.pdf", pdf_document("Kede shear manual")),
        },
    )
    response = admin_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    attachment = Attachment.objects.get(article__slug="new-shear")
    assert attachment.kind == "pdf" and attachment.size == len(pdf_document("Kede shear manual"))


POLYGLOT = b"%PDF-1.4\n<html><script>fetch('/admin/auth/user/add/')</script></html>\n%%EOF\n"


def attachment_post(category, upload, **extra):
    return article_post(
        category,
        **{
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title": "",
            "attachments-0-order": "0",
            "attachments-0-file": upload,
        },
        **extra,
    )


def test_a_pdf_polyglot_named_html_is_refused_as_an_attachment(admin_client, newsroom, settings):
    upload = SimpleUploadedFile("catalogue.html", POLYGLOT, "text/html")
    response = admin_client.post(reverse("admin:news_article_add"), attachment_post(newsroom["technical"], upload))
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.errors[0]["file"] == ["此文件的内容是 PDF，文件名必须以 .pdf 结尾。"]
    assert not Attachment.objects.exists()
    assert not (settings.MEDIA_ROOT / "news").exists()


def test_an_attachment_is_stored_under_a_random_name_and_shown_under_its_own(admin_client, client, newsroom, settings):
    upload = SimpleUploadedFile("../液压剪 说明书.pdf", POLYGLOT, "application/pdf")
    response = admin_client.post(reverse("admin:news_article_add"), attachment_post(newsroom["technical"], upload))
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    stored = attachment.file.name
    assert re.fullmatch(r"news/attachments/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", stored)
    assert attachment.file_name == attachment.label == "液压剪 说明书.pdf"
    assert (settings.MEDIA_ROOT / stored).read_bytes() == POLYGLOT
    html = client.get(attachment.article.get_absolute_url()).content.decode()
    assert f'href="/media/{stored}" download="液压剪 说明书.pdf">液压剪 说明书.pdf</a>' in html

    second = admin_client.post(
        reverse("admin:news_article_change", args=[attachment.article.pk]),
        article_post(
            newsroom["technical"],
            title="改名",
            **{
                "attachments-TOTAL_FORMS": "1",
                "attachments-INITIAL_FORMS": "1",
                "attachments-0-id": attachment.pk,
                "attachments-0-article": attachment.article.pk,
                "attachments-0-title": "",
                "attachments-0-order": "0",
            },
        ),
    )
    assert second.status_code == 302
    attachment.refresh_from_db()
    assert attachment.article.title == "改名"
    assert (attachment.file.name, attachment.file_name) == (stored, "液压剪 说明书.pdf")


def test_exe_renamed_to_pdf_is_a_form_error(admin_client, newsroom):
    exe = b"MZ\x90\x00" + b"\x00" * 500
    data = article_post(
        newsroom["technical"],
        **{
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title": "说明书",
            "attachments-0-order": "0",
            "attachments-0-file": SimpleUploadedFile("manual.pdf", exe),
        },
    )
    response = admin_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.errors[0]["file"][0].startswith(("This file's content is not", "此文件的内容不是"))
    assert not Article.objects.filter(slug="new-shear").exists()
    assert not Attachment.objects.exists()


def test_pasted_word_html_is_cleaned_when_saved_in_the_admin(admin_client, newsroom):
    word = (
        "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
        '<p class="MsoNormal" style="mso-margin-top-alt:auto;font-family:宋体">科德<o:p></o:p>新闻</p>'
        '<script>alert(1)</script><iframe src="https://evil.example/"></iframe>'
        '<img src="https://mail.tracker.example/open.gif" width="1" height="1">'
        '<p><img src="/media/uploads/editor/a.jpg" alt="挖斗" width="800" height="600"></p>'
    )
    response = admin_client.post(reverse("admin:news_article_add"), article_post(newsroom["company"], body=word))
    assert response.status_code == 302
    body = Article.objects.get(slug="new-shear").body
    assert body == '<p>科德新闻</p><p><img src="/media/uploads/editor/a.jpg" alt="挖斗" width="800" height="600"></p>'


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-editor-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_group_holds_exactly_the_content_apps_permissions(db):
    group = Group.objects.get(name="Editors")
    labels = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert labels == {"pages", "news", "products", "service"}
    # Of service, only the public content: the sales network and the repair process, never the inboxes.
    service_models = set(group.permissions.filter(content_type__app_label="service").values_list(
        "content_type__model", flat=True))  # fmt: skip
    assert service_models == {"office", "repairstep"}
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "add_article",
        "change_article",
        "delete_article",
        "view_article",
        "change_page",
        "add_product",
    } <= codenames
    assert not Permission.objects.filter(
        group=group, content_type__app_label__in=["auth", "admin", "sessions"]
    ).exists()


def test_editor_can_manage_articles_but_not_users(client, editor, newsroom):
    client.force_login(editor)
    assert client.get(reverse("admin:news_article_changelist")).status_code == 200
    assert client.get(reverse("admin:news_article_add")).status_code == 200
    assert client.get(reverse("admin:pages_page_changelist")).status_code == 200
    assert client.get(reverse("admin:products_product_changelist")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_syncing_the_group_again_changes_nothing_and_restores_a_deleted_group(db):
    group = Group.objects.get(name="Editors")
    before = set(group.permissions.all())
    sync_staff_groups()
    assert set(Group.objects.get(name="Editors").permissions.all()) == before
    group.delete()
    sync_staff_groups()
    assert set(Group.objects.get(name="Editors").permissions.all()) == before


def test_a_duplicate_article_slug_is_a_form_error(admin_client, newsroom):
    response = admin_client.post(
        reverse("admin:news_article_add"), article_post(newsroom["company"], slug=newsroom["guide"].slug)
    )
    assert response.status_code == 200
    assert "已存在" in response.content.decode()
    assert Article.objects.filter(slug=newsroom["guide"].slug).count() == 1
