import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from core.factories import image_file
from products.factories import CaseFactory, CategoryFactory, ProductFactory, ProductSpecFactory
from products.models import Case, CaseImage, Category, Product, ProductImage, Video
from tests.admin_forms import change_form_data, save_change_form_repeatedly

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


# A PDF header followed by a page's markup: a browser that sniffs it, or is told text/html, runs the script.
POLYGLOT = b"%PDF-1.4\n<html><script>fetch('/admin/auth/user/add/')</script></html>\n%%EOF\n"


def test_a_pdf_polyglot_named_html_is_refused_as_a_brochure(admin_client, catalog, settings):
    upload = SimpleUploadedFile("catalogue.html", POLYGLOT, "text/html")
    response = admin_client.post(reverse("admin:products_product_add"), product_post(catalog["side"], brochure=upload))
    assert response.status_code == 200
    assert "此文件的内容是 PDF，文件名必须以 .pdf 结尾。" in response.content.decode()
    assert not Product.objects.filter(slug="t-1").exists()
    assert not (settings.MEDIA_ROOT / "brochures").exists()


def test_a_brochure_is_stored_under_a_random_pdf_name_that_the_next_save_keeps(admin_client, catalog, settings):
    upload = SimpleUploadedFile("catalogue.pdf", POLYGLOT, "application/pdf")
    response = admin_client.post(reverse("admin:products_product_add"), product_post(catalog["side"], brochure=upload))
    assert response.status_code == 302
    product = Product.objects.get(slug="t-1")
    assert re.fullmatch(r"brochures/[0-9a-f]{32}\.pdf", product.brochure.name)
    assert (settings.MEDIA_ROOT / product.brochure.name).read_bytes() == POLYGLOT

    second = admin_client.post(
        reverse("admin:products_product_change", args=[product.pk]), product_post(catalog["side"], name="改名破碎锤")
    )
    assert second.status_code == 302
    product.refresh_from_db()
    assert product.name == "改名破碎锤"
    assert re.fullmatch(r"brochures/[0-9a-f]{32}\.pdf", product.brochure.name)
    assert [path.name for path in (settings.MEDIA_ROOT / "brochures").iterdir()] == [product.brochure.name[10:]]


def stored(settings, image):
    """What must not change when a form is saved again: the file's name and bytes and the recorded size."""
    field = image.field
    return (
        image.name,
        (settings.MEDIA_ROOT / image.name).read_bytes(),
        getattr(image.instance, field.width_field),
        getattr(image.instance, field.height_field),
    )


def test_saving_a_category_with_an_image_again_keeps_the_image(admin_client, settings):
    category = CategoryFactory(image=image_file("c.jpg", (640, 480)))
    before = stored(settings, category.image)
    save_change_form_repeatedly(
        admin_client, reverse("admin:products_category_change", args=[category.pk]), summary="新的简介"
    )
    category.refresh_from_db()
    assert category.summary == "新的简介"
    assert stored(settings, category.image) == before
    assert (settings.MEDIA_ROOT / category.tile.name).exists()


def product_with_gallery(catalog):
    product = catalog["kd68"]
    product.cover = image_file("cover.jpg", (1200, 900))
    product.save()
    return product, ProductImage.objects.create(
        product=product, image=image_file("g.png", image_format="PNG"), alt="正面"
    )


def case_with_gallery(catalog):
    case = CaseFactory(cover=image_file("case.jpg", (1000, 750)))
    return case, CaseImage.objects.create(case=case, image=image_file("site.jpg", (640, 480)), alt="工地")


@pytest.mark.parametrize(
    ("make", "view", "changes", "renditions"),
    [
        (product_with_gallery, "admin:products_product_change", {"summary": "新的简介"}, ["card", "card_2x", "large"]),
        (case_with_gallery, "admin:products_case_change", {"location": "湖南长沙"}, ["card"]),
    ],
    ids=["product", "case"],
)
def test_saving_a_cover_and_gallery_again_keeps_the_images(
    admin_client, settings, catalog, make, view, changes, renditions
):
    item, picture = make(catalog)
    before = [stored(settings, item.cover), stored(settings, picture.image)]
    save_change_form_repeatedly(admin_client, reverse(view, args=[item.pk]), **changes)
    item.refresh_from_db()
    picture.refresh_from_db()
    assert {name: getattr(item, name) for name in changes} == changes
    assert [stored(settings, item.cover), stored(settings, picture.image)] == before
    for rendition in [getattr(item, name) for name in renditions] + [picture.large]:
        assert (settings.MEDIA_ROOT / rendition.name).exists()


def test_a_gallery_image_added_in_the_change_form_survives_the_next_saves(admin_client, settings, catalog):
    product = catalog["kd45"]
    url = reverse("admin:products_product_change", args=[product.pk])
    upload = SimpleUploadedFile("我的图片.png", image_file(size=(900, 300), image_format="PNG").read(), "image/png")
    response = admin_client.post(
        url, change_form_data(admin_client, url, **{"images-0-image": upload, "images-0-alt": "正面"})
    )
    assert response.status_code == 302
    picture = product.images.get()
    assert picture.image.name.startswith("products/gallery/") and picture.image.name.endswith(".png")
    assert (picture.image_width, picture.image_height) == (900, 300)
    before = stored(settings, picture.image)
    save_change_form_repeatedly(admin_client, url, **{"images-0-alt": "侧面"})
    picture.refresh_from_db()
    assert picture.alt == "侧面"
    assert stored(settings, picture.image) == before
    assert (settings.MEDIA_ROOT / picture.large.name).exists()


def test_new_products_cases_and_videos_start_as_drafts(admin_client):
    assert not Product().is_published and not Case().is_published and not Video().is_published
    for name in ("product", "case", "video"):
        html = admin_client.get(reverse(f"admin:products_{name}_add")).content.decode()
        checkbox = re.search(r'<input[^>]*name="is_published"[^>]*>', html).group()
        assert "checked" not in checkbox


def test_product_list_warns_about_empty_key_specs_and_a_missing_image(admin_client, catalog):
    bare = ProductFactory(name="新破碎锤", category=catalog["side"], is_published=False)
    ready = ProductFactory(name="完整破碎锤", category=catalog["side"], with_cover=True)
    for field in catalog["fields"]:
        ProductSpecFactory(product=ready, field=field, value="1")
    html = admin_client.get(reverse("admin:products_product_changelist")).content.decode()

    def warning(product):
        row = html.split(f'href="/admin/products/product/{product.pk}/change/')[1].split("</tr>")[0]
        return re.search(r'<td class="field-publishing_warning">(.*?)</td>', row).group(1)

    assert "2 项关键参数未填" in warning(bare) and "没有图片" in warning(bare)
    assert "没有图片" in warning(catalog["kd68"]) and "关键参数" not in warning(catalog["kd68"])
    assert warning(ready) == "✓"


def test_product_change_page_warns_before_publishing(admin_client, catalog):
    bare = ProductFactory(name="新破碎锤", category=catalog["side"], is_published=False)
    html = admin_client.get(reverse("admin:products_product_change", args=[bare.pk])).content.decode()
    assert "发布前请检查：所属产品类型的 2 项关键参数未填写、还没有图片。" in html
    ProductImage.objects.create(product=bare, image=image_file("g.jpg", (800, 600)))
    for field in catalog["fields"][:2]:
        ProductSpecFactory(product=bare, field=field, value="1")
    html = admin_client.get(reverse("admin:products_product_change", args=[bare.pk])).content.decode()
    assert "发布前请检查" not in html


@pytest.mark.parametrize(
    ("value", "names"),
    [("missing", {"缺参数", "缺图片"}), ("complete", {"完整"}), ("forged", {"缺参数", "缺图片", "完整"})],
)
def test_product_list_filters_what_to_check_before_publishing(admin_client, catalog, value, names):
    """发布前检查: an empty key spec or no image at all; the admin home's panel links to ``gaps=missing``."""
    Product.objects.all().delete()
    ProductFactory(name="缺参数", category=catalog["side"], cover=image_file("c.jpg", (40, 30)))
    rock = Category.objects.get(slug="buckets-rock")
    capacity = catalog["buckets"].spec_fields.get()
    ProductFactory(name="缺图片", category=rock).specs.create(field=capacity, value="1.2")
    complete = ProductFactory(name="完整", category=rock, cover=image_file("c.jpg", (40, 30)))
    complete.specs.create(field=capacity, value="1.6")
    response = admin_client.get(reverse("admin:products_product_changelist"), {"gaps": value})
    assert {product.name for product in response.context["cl"].result_list} == names
