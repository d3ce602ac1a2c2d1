"""Gallery, banner and honor images carry an alt text: the admin refuses an image without one (issue 12)."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import image_file
from pages.factories import BannerFactory, HonorFactory
from pages.models import Banner, Honor
from products.models import CaseImage, ProductImage
from tests.admin_forms import change_form_data, save_change_form_repeatedly
from tests.products.test_admin import product_post

pytestmark = pytest.mark.django_db

REFUSED = "请填写图片说明（替代文本），供读屏软件和图片无法显示时使用。"


def upload(name="图.png"):
    return SimpleUploadedFile(name, image_file(size=(400, 300), image_format="PNG").read(), "image/png")


def add_banner(client, **extra):
    data = {"title": "横幅", "order": 0, "is_published": "on", "image": upload(), **extra}
    return client.post(reverse("admin:pages_banner_add"), data)


def add_honor(client, **extra):
    data = {"title": "高新技术企业证书", "year": 2020, "order": 0, "is_published": "on", "image": upload(), **extra}
    return client.post(reverse("admin:pages_honor_add"), data)


@pytest.mark.parametrize(("add", "model"), [(add_banner, Banner), (add_honor, Honor)])
@pytest.mark.parametrize("alt", ["", "   "])
def test_banner_or_honor_image_without_alt_text_is_refused(admin_client, add, model, alt):
    response = add(admin_client, alt=alt)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["alt_zh_hans"] == [REFUSED]
    assert REFUSED in response.content.decode()
    assert not model.objects.exists()


@pytest.mark.parametrize(("add", "model"), [(add_banner, Banner), (add_honor, Honor)])
def test_banner_or_honor_image_with_alt_text_is_saved_and_saved_again(admin_client, add, model):
    response = add(admin_client, alt="挖掘机装着破碎锤")
    assert response.status_code == 302
    item = model.objects.get()
    assert item.alt == "挖掘机装着破碎锤"
    name = model._meta.model_name
    save_change_form_repeatedly(admin_client, reverse(f"admin:pages_{name}_change", args=[item.pk]))
    item.refresh_from_db()
    assert item.alt == "挖掘机装着破碎锤" and item.image


def test_product_gallery_row_without_alt_text_is_refused_and_nothing_saved(admin_client, catalog):
    rows = {"images-TOTAL_FORMS": "1", "images-INITIAL_FORMS": "0", "images-0-alt": "", "images-0-order": "0"}
    response = admin_client.post(
        reverse("admin:products_product_add"), product_post(catalog["side"], **rows, **{"images-0-image": upload()})
    )
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.errors[0]["alt_zh_hans"] == [REFUSED]
    assert REFUSED in response.content.decode()
    assert not ProductImage.objects.exists()


def test_product_gallery_row_with_alt_text_is_saved_and_survives_later_saves(admin_client, catalog):
    product = catalog["kd45"]
    url = reverse("admin:products_product_change", args=[product.pk])
    data = change_form_data(admin_client, url, **{"images-0-image": upload(), "images-0-alt": "侧面"})
    assert admin_client.post(url, data).status_code == 302
    save_change_form_repeatedly(admin_client, url)
    assert list(product.images.values_list("alt", flat=True)) == ["侧面"]


def test_clearing_the_alt_text_of_a_saved_gallery_image_is_refused(admin_client, catalog):
    product = catalog["kd45"]
    url = reverse("admin:products_product_change", args=[product.pk])
    admin_client.post(url, change_form_data(admin_client, url, **{"images-0-image": upload(), "images-0-alt": "侧面"}))
    response = admin_client.post(url, change_form_data(admin_client, url, **{"images-0-alt": ""}))
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert product.images.get().alt == "侧面"


def test_case_gallery_row_without_alt_text_is_refused(admin_client, catalog):
    url = reverse("admin:products_case_add")
    data = change_form_data(admin_client, url, title="矿山案例", slug="mine")
    data.update({"images-TOTAL_FORMS": "1", "images-0-alt": "", "images-0-order": "0", "images-0-image": upload()})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not CaseImage.objects.exists()
    data.update({"images-0-alt": "破碎锤在矿山作业", "images-0-image": upload()})
    assert admin_client.post(url, data).status_code == 302
    assert CaseImage.objects.get().alt == "破碎锤在矿山作业"


def test_content_images_render_their_alt_text(client, catalog):
    banner = BannerFactory(alt="挖掘机装着破碎锤")
    html = client.get("/").content.decode()
    assert f'alt="{banner.alt}"' in html


def run_fill(app, module, function):
    migration = importlib.import_module(f"{app}.migrations.{module}")
    getattr(migration, function)(django_apps, None)


def test_migration_fills_missing_alt_texts_from_the_owners_title(catalog):
    banner, honor = BannerFactory(alt=""), HonorFactory(alt="")
    kept = HonorFactory(alt="已有说明")
    picture = ProductImage.objects.create(product=catalog["kd68"], image=upload(), alt="")
    run_fill("pages", "0011_image_alt_text", "fill_alt_from_title")
    run_fill("products", "0011_gallery_alt_text_required", "fill_alt_from_owner")
    for item in (banner, honor, kept, picture):
        item.refresh_from_db()
    assert (banner.alt, honor.alt, kept.alt) == (banner.title, honor.title, "已有说明")
    assert picture.alt == "侧置式液压破碎锤"
