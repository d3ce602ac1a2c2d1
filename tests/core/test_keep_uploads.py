"""core.keep_uploads: a file chosen on an admin form survives a validation error elsewhere on the form."""

import io
import os
import re
import time
from io import StringIO

import pytest
from django.contrib import admin
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from freezegun import freeze_time
from PIL import Image

from core.demo.documents import pdf_document
from core.keep_uploads import SALT, KeepUploadsMixin
from products.models import Product, ProductImage
from tests.admin_forms import save_change_form_repeatedly
from tests.products.test_admin import product_post

pytestmark = pytest.mark.django_db

KEPT = "之前选择的文件已失效，请重新选择"
ADD = "/admin/products/product/add/"


def jpeg(name="封面.jpg", size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(buffer, "JPEG", comment=b"secret comment")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def token_of(response, field):
    match = re.search(rf'name="{re.escape(field)}-kept" value="([^"]+)"', response.content.decode())
    return match and match.group(1)


def pending_files(settings):
    root = settings.PRIVATE_MEDIA_ROOT / "pending"
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def public_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def post_with_error(client, catalog, **files):
    """A product add form with the chosen files and no name: the page comes back with an error."""
    response = client.post(ADD, product_post(catalog["side"], name="", **files))
    assert response.status_code == 200
    assert "这个字段是必填项" in response.content.decode()
    return response


def test_a_valid_cover_is_kept_through_an_error_and_saved_with_the_next_post(
    admin_client, catalog, settings, django_capture_on_commit_callbacks
):
    original = jpeg()
    original_bytes = original.read()
    original.seek(0)
    response = post_with_error(admin_client, catalog, cover=original)
    page = response.content.decode()
    assert "已选择：封面.jpg（保存后生效）" in page
    token = token_of(response, "cover")
    assert token
    # Kept in the private root, nothing public yet; the file input is no longer required.
    assert len(pending_files(settings)) == 1 and pending_files(settings)[0].read_bytes() == original_bytes
    assert public_files(settings) == []
    assert not re.search(r'<input[^>]*name="cover"[^>]*required', page)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(ADD, product_post(catalog["side"], **{"cover-kept": token}))
    assert response.status_code == 302
    product = Product.objects.get(slug="t-1")
    assert re.fullmatch(r"products/[0-9a-f]{32}\.jpg", product.cover.name)
    stored = (settings.MEDIA_ROOT / product.cover.name).read_bytes()
    assert stored != original_bytes and b"secret comment" not in stored  # re-encoded
    assert (product.cover_width, product.cover_height) == (64, 48)
    assert pending_files(settings) == []  # used, then removed

    url = reverse("admin:products_product_change", args=[product.pk])
    save_change_form_repeatedly(admin_client, url, summary="第二次保存")
    product.refresh_from_db()
    assert product.summary == "第二次保存" and (settings.MEDIA_ROOT / product.cover.name).exists()


def test_a_brochure_is_kept_and_saved_as_a_pdf_under_a_random_name(
    admin_client, catalog, settings, django_capture_on_commit_callbacks
):
    brochure = SimpleUploadedFile("产品样本.pdf", pdf_document("Brochure"), content_type="application/pdf")
    response = post_with_error(admin_client, catalog, brochure=brochure)
    assert "已选择：产品样本.pdf（保存后生效）" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            ADD, product_post(catalog["side"], **{"brochure-kept": token_of(response, "brochure")})
        )
    assert response.status_code == 302
    product = Product.objects.get(slug="t-1")
    assert re.fullmatch(r"brochures/[0-9a-f]{32}\.pdf", product.brochure.name)
    assert (settings.MEDIA_ROOT / product.brochure.name).read_bytes().startswith(b"%PDF")
    assert pending_files(settings) == []


def test_a_gallery_image_of_an_inline_row_is_kept_too(admin_client, catalog, django_capture_on_commit_callbacks):
    rows = {"images-TOTAL_FORMS": "1", "images-INITIAL_FORMS": "0", "images-0-alt": "正面", "images-0-order": "0"}
    response = post_with_error(admin_client, catalog, **rows, **{"images-0-image": jpeg("图集.png")})
    assert "已选择：图集.png（保存后生效）" in response.content.decode()
    token = token_of(response, "images-0-image")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(ADD, product_post(catalog["side"], **rows, **{"images-0-image-kept": token}))
    assert response.status_code == 302
    image = ProductImage.objects.get(product__slug="t-1")
    assert re.search(r"/[0-9a-f]{32}\.jpg$", image.image.name)  # the bytes decided: a JPEG named .png


def test_the_cover_is_kept_when_only_an_inline_row_is_wrong(admin_client, catalog):
    rows = {"images-TOTAL_FORMS": "1", "images-INITIAL_FORMS": "0", "images-0-alt": "x", "images-0-order": "zz"}
    response = admin_client.post(ADD, product_post(catalog["side"], cover=jpeg(), **rows))
    assert response.status_code == 200
    assert token_of(response, "cover")


def test_a_kept_file_used_again_after_a_second_error_keeps_its_token(admin_client, catalog, settings):
    token = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    again = post_with_error(admin_client, catalog, **{"cover-kept": token})
    assert token_of(again, "cover") == token and len(pending_files(settings)) == 1


def test_a_new_file_replaces_the_kept_one(admin_client, catalog):
    token = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    response = admin_client.post(
        ADD, product_post(catalog["side"], cover=jpeg("新封面.jpg", size=(30, 20)), **{"cover-kept": token})
    )
    assert response.status_code == 302
    assert Product.objects.get(slug="t-1").cover_width == 30


def test_the_drop_box_leaves_the_field_empty(admin_client, catalog):
    token = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    response = admin_client.post(ADD, product_post(catalog["side"], **{"cover-kept": token, "cover-kept-drop": "on"}))
    assert response.status_code == 302
    assert not Product.objects.get(slug="t-1").cover


def forged(user_id, key="0" * 32, scope="products.product.cover"):
    return signing.dumps({"u": user_id, "s": scope, "k": key, "n": "x.jpg"}, salt=SALT, compress=True)


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "eyJ1IjoxfQ:1abcde:forgedsignature",
        lambda user, good: good[:-3] + "abc",  # tampered
        lambda user, good: forged(user.pk, key="../../../../etc/passwd"),  # a path, even signed
        lambda user, good: forged(user.pk),  # signed, but no such file
        lambda user, good: forged(user.pk, scope="products.product.brochure"),  # another field's
        lambda user, good: signing.dumps({"u": user.pk}, salt="another salt"),
    ],
)
def test_a_forged_token_is_refused_with_a_message_on_the_field(admin_client, admin_user, catalog, settings, token):
    good = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    if callable(token):
        token = token(admin_user, good)
    response = admin_client.post(ADD, product_post(catalog["side"], **{"cover-kept": token}))
    assert response.status_code == 200
    page = response.content.decode()
    assert KEPT in page.split('name="cover"')[0].rsplit("field-cover", 1)[1]  # next to the field
    assert not Product.objects.filter(slug="t-1").exists()
    assert token_of(response, "cover") is None


def test_another_users_token_is_refused(admin_client, catalog, django_user_model):
    token = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    other = Client()
    other.force_login(django_user_model.objects.create_superuser("other-admin", password="pw-x-123456"))
    response = other.post(ADD, product_post(catalog["side"], **{"cover-kept": token}))
    assert response.status_code == 200 and KEPT in response.content.decode()
    assert not Product.objects.filter(slug="t-1").exists()


def test_a_token_older_than_a_day_is_refused(admin_client, catalog):
    with freeze_time("2026-01-01 09:00"):
        token = token_of(post_with_error(admin_client, catalog, cover=jpeg()), "cover")
    with freeze_time("2026-01-02 09:01"):
        response = admin_client.post(ADD, product_post(catalog["side"], **{"cover-kept": token}))
    assert response.status_code == 200 and KEPT in response.content.decode()


def test_an_invalid_image_is_not_kept(admin_client, catalog, settings):
    broken = SimpleUploadedFile("坏图.jpg", b"GIF89a broken", content_type="image/jpeg")
    response = admin_client.post(ADD, product_post(catalog["side"], name="", cover=broken))
    assert response.status_code == 200
    assert "有效的图片" in response.content.decode()
    assert token_of(response, "cover") is None and pending_files(settings) == []


def test_the_purge_removes_kept_uploads_older_than_a_day_only(admin_client, catalog, settings):
    post_with_error(admin_client, catalog, cover=jpeg())
    post_with_error(admin_client, catalog, cover=jpeg("第二张.jpg"))
    old, young = pending_files(settings)
    past = time.time() - 25 * 3600
    os.utime(old, (past, past))
    out = StringIO()
    call_command("purge_applications", "--dry-run", stdout=out)
    assert "Kept admin uploads older than a day: 1." in out.getvalue() and old.exists()
    call_command("purge_applications", stdout=out)
    assert not old.parent.exists() and young.exists()
    assert "1 kept admin uploads" in out.getvalue()


def test_every_admin_with_a_file_field_keeps_uploads(rf, admin_user):
    from django import forms

    request = rf.get("/")
    request.user = admin_user
    missing = []
    for model, model_admin in admin.site._registry.items():
        forms_of = []
        if model_admin.has_add_permission(request) or model_admin.has_change_permission(request):
            forms_of.append(model_admin.get_form(request))
            forms_of.extend(formset.form for formset, _inline in model_admin.get_formsets_with_inlines(request))
        has_file = any(
            isinstance(field, forms.FileField) and not field.disabled
            for form in forms_of
            for field in form.base_fields.values()
        )
        if has_file and not isinstance(model_admin, KeepUploadsMixin):
            missing.append(model.__name__)
    assert missing == []
