import importlib.util
import stat

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import resolve

from core.downloads import file_downloaded, serve_media
from core.storage import check_private_root_is_apart, private_storage
from news.factories import AttachmentFactory
from tests.core.urls_downloads import Resume

SECRET = b"%PDF-1.4\nZhang San, private phone 13800000000\n%%EOF\n"
POLYGLOT = b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"


@pytest.fixture
def resume():
    """A résumé written to private storage, as the careers app will store it."""
    return private_storage.save("resumes/2f1c.pdf", ContentFile(SECRET)).rsplit("/", 1)[-1]


@pytest.fixture
def downloads():
    """Every file_downloaded signal sent during the test."""
    sent = []

    def record(sender, **kwargs):
        sent.append({"sender": sender, **kwargs})

    file_downloaded.connect(record)
    yield sent
    file_downloaded.disconnect(record)


def staff(django_user_model, *permissions, username="hr"):
    user = django_user_model.objects.create_user(username, password="x", is_staff=True)
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    client = Client()
    client.force_login(user)
    return client, user


def test_private_storage_writes_under_the_private_root_with_no_address(settings, resume):
    path = settings.PRIVATE_MEDIA_ROOT / "resumes" / resume
    assert path.read_bytes() == SECRET
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(ValueError):
        private_storage.url(f"resumes/{resume}")


def test_private_storage_follows_the_setting_when_it_changes(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "elsewhere"
    name = private_storage.save("a.pdf", ContentFile(SECRET))
    assert (tmp_path / "elsewhere" / name).exists()


@pytest.mark.urls("tests.core.urls_downloads")
def test_an_anonymous_visitor_is_sent_to_the_admin_login(client, db, resume, downloads):
    response = client.get(f"/resumes/{resume}")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next=/resumes/{resume}"
    assert downloads == []


@pytest.mark.urls("tests.core.urls_downloads")
def test_staff_without_the_permission_get_403(django_user_model, resume, downloads):
    client, _user = staff(django_user_model, "change_attachment")
    assert client.get(f"/resumes/{resume}").status_code == 403
    assert downloads == []


@pytest.mark.urls("tests.core.urls_downloads")
def test_staff_with_the_permission_download_it_and_each_download_is_recorded(django_user_model, resume, downloads):
    client, user = staff(django_user_model, "view_attachment")
    for _ in range(2):
        response = client.get(f"/resumes/{resume}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == SECRET
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == (
            "attachment; filename*=utf-8''%E5%BC%A0%E4%B8%89%20%E7%9A%84%E7%AE%80%E5%8E%86.pdf"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "private, no-store"
        assert response["Content-Security-Policy"] == "sandbox"
    assert len(downloads) == 2
    assert downloads[1]["sender"] is Resume and downloads[1]["user"] == user
    assert downloads[1]["file"].name == f"resumes/{resume}"
    assert downloads[1]["request"].path == f"/resumes/{resume}"


@pytest.mark.urls("tests.core.urls_downloads")
@pytest.mark.parametrize(
    ("name", "content", "content_type", "disposition"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg", "inline"),
        ("notes.pdf", SECRET, "application/pdf", "attachment"),
        ("page.html", b"<script>alert(1)</script>", "application/octet-stream", "attachment"),
    ],
)
def test_inline_shows_only_images_in_the_page_and_keeps_them_private(
    django_user_model, name, content, content_type, disposition
):
    private_storage.save(f"private/{name}", ContentFile(content))
    client, _user = staff(django_user_model, "view_attachment")
    response = client.get(f"/inline/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].split(";")[0] == disposition
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff" and response["Content-Security-Policy"] == "sandbox"
    anonymous = Client().get(f"/inline/{name}")
    assert anonymous.status_code == 302


@pytest.mark.urls("tests.core.urls_downloads")
def test_a_missing_private_file_is_404(django_user_model, downloads):
    client, _user = staff(django_user_model, "view_attachment")
    assert client.get("/resumes/missing.pdf").status_code == 404
    assert downloads == []


@pytest.mark.urls("tests.core.urls_downloads")
def test_the_generic_view_checks_the_permission_before_looking_anything_up(client, django_user_model, downloads):
    attachment = AttachmentFactory(title="保养手册")
    assert client.get("/attachments/999999/download/")["Location"].startswith("/admin/login/")
    viewer, _user = staff(django_user_model, "view_attachment")
    assert viewer.get("/attachments/999999/download/").status_code == 403
    assert viewer.get(f"/attachments/{attachment.pk}/download/").status_code == 403
    editor, _user = staff(django_user_model, "change_attachment", username="editor")
    assert editor.get("/attachments/999999/download/").status_code == 404
    response = editor.get(f"/attachments/{attachment.pk}/download/")
    assert response.status_code == 200
    assert "filename*=utf-8''%E4%BF%9D%E5%85%BB%E6%89%8B%E5%86%8C.pdf" in response["Content-Disposition"]
    assert len(downloads) == 1


@pytest.mark.urls("tests.core.urls_downloads")
@pytest.mark.parametrize(
    ("name", "content", "content_type", "disposition"),
    [
        ("brochures/3f2a.pdf", POLYGLOT, "application/pdf", "attachment"),
        ("brochures/evil.html", POLYGLOT, "application/octet-stream", "attachment"),
        ("evil.svg", b"<svg><script>alert(1)</script></svg>", "application/octet-stream", "attachment"),
        ("news/a.docx", b"PK", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"),
        ("photo.jpg", b"\xff\xd8\xff", "image/jpeg", "inline"),
        ("videos/clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4", "inline"),
    ],
)
def test_debug_media_is_never_a_page_of_the_site(client, settings, name, content, content_type, disposition):
    path = settings.MEDIA_ROOT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.get("Content-Disposition", "inline").split(";")[0] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"


@pytest.fixture
def debug_site_urls(settings):
    """A fresh copy of kede_site.urls built with DJANGO_DEBUG on (the imported module stays as it is)."""
    spec = importlib.util.find_spec("kede_site.urls")
    module = importlib.util.module_from_spec(spec)
    settings.DEBUG = True
    spec.loader.exec_module(module)
    return module


def test_the_debug_media_route_of_the_site_is_the_safe_one(debug_site_urls):
    assert resolve("/media/brochures/a.pdf", urlconf=debug_site_urls).func is serve_media


@pytest.mark.urls("tests.core.urls_downloads")
def test_nothing_under_the_private_root_is_reachable_under_media_or_static(client, db, settings, resume):
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    for path in [
        f"/media/../private/resumes/{resume}",
        f"/media/%2e%2e/private/resumes/{resume}",
        f"/media/..%2fprivate/resumes/{resume}",
        f"/static/../private/resumes/{resume}",
        f"/private/resumes/{resume}",
    ]:
        response = client.get(path)
        assert response.status_code in (400, 404), path  # 400: Django's serve refuses a path out of its root
        assert b"13800000000" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_the_site_refuses_to_start_with_the_private_root_inside_the_media_root(settings, tmp_path):
    assert check_private_root_is_apart() == []
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    assert [error.id for error in check_private_root_is_apart()] == ["core.E001"]


def test_the_site_refuses_to_start_with_the_backup_dir_inside_a_served_or_private_root(settings, tmp_path):
    settings.BACKUP_DIR = tmp_path / "backups"
    assert check_private_root_is_apart() == []
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        settings.BACKUP_DIR = root / "backups"
        assert [error.id for error in check_private_root_is_apart()] == ["core.E003"]
    settings.BACKUP_DIR = tmp_path  # holds the media roots: each archive would contain the archives
    assert [error.id for error in check_private_root_is_apart()] == ["core.E003", "core.E003"]
