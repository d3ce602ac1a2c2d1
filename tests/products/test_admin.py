import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from products.factories import ProductFactory
from products.models import Category, Product

pytestmark = pytest.mark.django_db


def test_category_tree_admin_shows_product_counts_per_node(admin_client, catalog):
    html = admin_client.get(reverse("admin:products_category_changelist")).content.decode()
    assert "侧置式破碎锤" in html and "tree-node" in html
    breakers_row = html.split(">破碎锤<")[1].split("</tr>")[0]
    assert '<td class="field-product_count">3</td>' in breakers_row  # cumulative: both subcategories


def test_spec_fields_are_edited_on_the_product_type_only(admin_client, catalog):
    root = admin_client.get(reverse("admin:products_category_change", args=[catalog["breakers"].pk])).content.decode()
    sub = admin_client.get(reverse("admin:products_category_change", args=[catalog["side"].pk])).content.decode()
    assert "工作流量" in root and "spec_fields-TOTAL_FORMS" in root
    assert "spec_fields-TOTAL_FORMS" not in sub


def test_product_spec_inline_offers_only_its_types_fields(admin_client, catalog):
    html = admin_client.get(reverse("admin:products_product_change", args=[catalog["rock"].pk])).content.decode()
    assert "斗容" in html and "工作流量" not in html


@pytest.mark.parametrize("slug", ["search", "compare"])
def test_reserved_category_slugs_are_refused(admin_client, slug):
    response = admin_client.post(
        reverse("admin:products_category_add"), {"name": "新类别", "slug": slug, "order": 0, "is_published": "on"}
    )
    assert response.status_code == 200
    assert "该别名已被产品查找或产品对比功能占用" in response.content.decode()
    assert not Category.objects.filter(slug=slug).exists()


def product_post(category, **extra):
    data = {
        "name": "测试破碎锤", "model_number": "T-1", "slug": "t-1", "category": category.pk, "order": 0,
        "is_published": "on", "carrier_min_t": "10", "carrier_max_t": "20",
        "specs-TOTAL_FORMS": "0", "specs-INITIAL_FORMS": "0",
        "images-TOTAL_FORMS": "0", "images-INITIAL_FORMS": "0",
    }  # fmt: skip
    data.update(extra)
    return data


def test_product_weight_range_must_be_in_order(admin_client, catalog):
    response = admin_client.post(
        reverse("admin:products_product_add"), product_post(catalog["side"], carrier_min_t="30", carrier_max_t="20")
    )
    assert response.status_code == 200
    assert "重量上限不能小于下限" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "upload", "message"),
    [
        ("cover", SimpleUploadedFile("c.jpg", b"GIF89a broken", "image/jpeg"), "有效的图片"),
        ("cover", SimpleUploadedFile("c.jpg", b"MZ\x90\x00", "image/jpeg"), "有效的图片"),
        ("brochure", SimpleUploadedFile("b.pdf", b"MZ\x90\x00 exe", "application/pdf"), "不是 PDF"),
    ],
)
def test_corrupt_or_disguised_uploads_are_form_errors(admin_client, catalog, field, upload, message):
    response = admin_client.post(
        reverse("admin:products_product_add"), product_post(catalog["side"], **{field: upload})
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Product.objects.filter(slug="t-1").exists()


def test_cover_renditions_are_upright_webp_without_metadata(settings, catalog):
    image = Image.new("RGB", (800, 400), (200, 50, 50))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° to display
    exif[0x8825] = {2: (28.0, 12.0, 0.0)}  # GPS latitude
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    product = ProductFactory(category=catalog["side"], cover=SimpleUploadedFile("c.jpg", buffer.getvalue()))
    with Image.open(settings.MEDIA_ROOT / product.large.name) as rendition:
        assert rendition.format == "WEBP"
        assert rendition.size == (400, 800)  # the EXIF orientation applied
        assert not rendition.getexif()
        assert "exif" not in rendition.info


def test_a_decompression_bomb_cover_is_refused(admin_client, catalog, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    buffer = io.BytesIO()
    Image.new("RGB", (400, 400)).save(buffer, "PNG")
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), "image/png")
    response = admin_client.post(reverse("admin:products_product_add"), product_post(catalog["side"], cover=upload))
    assert response.status_code == 200
    assert not Product.objects.filter(slug="t-1").exists()
