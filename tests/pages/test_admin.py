import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import image_file
from pages.factories import BannerFactory, HonorFactory, PageFactory, SiteSettingsFactory
from pages.models import Banner, Page, SiteSettings
from tests.admin_forms import save_change_form_repeatedly
from tests.images import decoding_count, huge_flat_png, psd_bytes, record_parsing

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(admin_client):
    return admin_client


def test_site_settings_list_goes_to_the_single_row(staff):
    SiteSettingsFactory()
    response = staff.get(reverse("admin:pages_sitesettings_changelist"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:pages_sitesettings_change", args=[1])


def test_site_settings_cannot_be_added_twice_or_deleted(staff):
    SiteSettingsFactory()
    assert staff.get(reverse("admin:pages_sitesettings_add")).status_code == 403
    assert staff.get(reverse("admin:pages_sitesettings_delete", args=[1])).status_code == 403


def test_site_settings_change_form_is_in_chinese_and_saves(staff):
    SiteSettingsFactory()
    url = reverse("admin:pages_sitesettings_change", args=[1])
    assert "公司全称" in staff.get(url).content.decode()
    data = {
        "company_name": "衡阳市科德工程机械制造有限公司",
        "short_name": "科德",
        "hotline": "400-1234-567",
        "icp_number": "湘ICP备2020019050号-1",
        "icp_url": "https://beian.miit.gov.cn/",
    }
    response = staff.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.load().hotline == "400-1234-567"


def test_terms_kept_in_simplified_are_edited_in_the_settings_and_show_on_the_next_traditional_page(client, staff):
    SiteSettingsFactory(short_name="科德集团")
    assert "科德集團" in client.get("/zh-hant/").content.decode()
    url = reverse("admin:pages_sitesettings_change", args=[1])
    assert "不转换为繁体的词语" in staff.get(url).content.decode()
    data = {
        "company_name": "衡阳市科德工程机械制造有限公司",
        "short_name": "科德集团",
        "icp_url": "https://beian.miit.gov.cn/",
        "unconverted_terms": "科德集团\r\n\r\n液压破碎锤",
    }
    assert staff.post(url, data).status_code == 302
    assert SiteSettings.load().protected_terms() == ("科德集团", "液压破碎锤", "衡阳市科德工程机械制造有限公司")
    html = client.get("/zh-hant/").content.decode()
    assert "科德集团" in html and "科德集團" not in html


def test_header_shows_the_new_hotline_after_an_admin_save(client, staff):
    SiteSettingsFactory()
    client.get("/")
    row = SiteSettings.objects.get()
    row.hotline = "400-9999-000"
    row.save()
    assert "400-9999-000" in client.get("/").content.decode()


def test_page_tree_admin_lists_pages_with_drag_handles(staff):
    about = PageFactory(title="集团介绍", slug="about")
    PageFactory(title="科德文化", slug="culture", parent=about)
    html = staff.get(reverse("admin:pages_page_changelist")).content.decode()
    assert "科德文化" in html and "tree-node" in html
    assert "/about/culture/" in html


def test_admin_page_form_sanitizes_the_body(staff):
    response = staff.post(
        reverse("admin:pages_page_add"),
        {
            "title": "新页面",
            "slug": "new-page",
            "layout": "standard",
            "is_published": "on",
            "show_in_nav": "on",
            "body": '<h2>标题</h2><p onclick="x()">正文</p><script>alert(1)</script>',
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Page.objects.get(slug="new-page").body == "<h2>标题</h2><p>正文</p>"


def test_admin_rejects_a_duplicate_slug_under_the_same_parent(staff):
    about = PageFactory(title="集团介绍", slug="about")
    PageFactory(title="科德文化", slug="culture", parent=about)
    response = staff.post(
        reverse("admin:pages_page_add"),
        {"title": "另一个", "slug": "culture", "parent": about.pk, "layout": "standard", "body": ""},
    )
    assert response.status_code == 200
    assert "同一级别已有页面使用此网址别名" in response.content.decode()


@pytest.mark.parametrize(
    ("slug", "accepted"),
    [("culture", True), ("wen-hua_2", True), ("文化", False), ("a b", False), ("../etc", False)],
)
def test_admin_page_slug_must_be_ascii(staff, slug, accepted):
    response = staff.post(
        reverse("admin:pages_page_add"),
        {"title": "页面", "slug": slug, "layout": "standard", "body": ""},
    )
    assert (response.status_code == 302) is accepted


@pytest.mark.parametrize("link", ["javascript:alert(1)", "evil.example", "//evil.example/x"])
def test_admin_rejects_unsafe_page_links(staff, link):
    response = staff.post(
        reverse("admin:pages_page_add"),
        {"title": "页面", "slug": "p", "layout": "standard", "body": "", "link_url": link},
    )
    assert response.status_code == 200
    assert "请输入以 / 开头的站内路径" in response.content.decode()


def banner_post(staff, upload):
    return staff.post(
        reverse("admin:pages_banner_add"),
        {"title": "横幅", "alt": "挖掘机装着破碎锤", "order": 0, "is_published": "on", "image": upload},
    )


def test_banner_upload_of_a_real_image_is_accepted_and_rendered_to_webp(staff, settings):
    upload = image_file("banner.png", (1920, 700), image_format="PNG")
    response = banner_post(staff, SimpleUploadedFile("banner.png", upload.read(), "image/png"))
    assert response.status_code == 302
    banner = Banner.objects.get()
    assert (banner.image_width, banner.image_height) == (1920, 700)
    rendition = settings.MEDIA_ROOT / banner.image_large.name
    assert rendition.exists() and rendition.suffix == ".webp"


def test_a_real_png_named_like_a_web_page_is_stored_as_png_under_a_random_name(staff, settings):
    content = image_file(size=(1920, 700), image_format="PNG").read()
    response = banner_post(staff, SimpleUploadedFile("x.html", content, "text/html"))
    assert response.status_code == 302
    banner = Banner.objects.get()
    assert re.fullmatch(r"banners/[0-9a-f]{32}\.png", banner.image.name)
    assert (settings.MEDIA_ROOT / banner.image.name).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("image_format", ["BMP", "TIFF", "PSD"])
def test_an_upload_in_another_image_format_is_refused_without_being_parsed(staff, monkeypatch, image_format):
    if image_format == "PSD":
        content = psd_bytes((1920, 700))
    else:
        content = image_file(size=(1920, 700), image_format=image_format).read()
    parsed = record_parsing(monkeypatch, image_format)
    response = banner_post(staff, SimpleUploadedFile("banner.jpg", content, "image/jpeg"))
    assert response.status_code == 200
    assert f"这是 {image_format} 图片，图片必须是 JPEG、PNG、WebP 或 GIF 格式。" in response.content.decode()
    assert parsed == []
    assert not Banner.objects.exists()


def test_a_small_png_of_huge_size_is_refused_before_it_is_decoded(staff, settings):
    upload = SimpleUploadedFile("banner.png", huge_flat_png(), "image/png")
    decoded = decoding_count()
    response = banner_post(staff, upload)
    assert response.status_code == 200
    assert "图片为 9400 × 9400 像素，超过了 50 百万像素的上限。" in response.content.decode()
    assert decoding_count() == decoded
    assert not Banner.objects.exists()


def test_a_web_page_named_like_a_png_is_refused(staff, settings):
    page = b"<!doctype html><title>x</title><script>alert(document.cookie)</script>"
    response = banner_post(staff, SimpleUploadedFile(".png", page, "image/png"))
    assert response.status_code == 200
    assert "该文件不是有效的图片。" in response.content.decode()
    assert not Banner.objects.exists()
    assert list(settings.MEDIA_ROOT.rglob("*.*")) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("banner.jpg", b"MZ\x90\x00 this is an executable"),
        ("banner.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),  # a PNG header and nothing valid
        ("banner.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
    ],
    ids=["exe-renamed", "corrupt-png", "svg"],
)
def test_banner_upload_that_is_not_a_valid_image_is_a_form_error(staff, name, content):
    response = banner_post(staff, SimpleUploadedFile(name, content, "image/jpeg"))
    assert response.status_code == 200
    assert Banner.objects.count() == 0
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize(
    ("factory", "view", "changes", "renditions"),
    [
        (BannerFactory, "admin:pages_banner_change", {"title": "新横幅"}, ["image_large", "image_small"]),
        (HonorFactory, "admin:pages_honor_change", {"title": "新证书"}, ["thumbnail", "large"]),
    ],
    ids=["banner", "honor"],
)
def test_saving_the_change_form_again_keeps_the_stored_image(staff, settings, factory, view, changes, renditions):
    item = factory()
    stored = (
        item.image.name,
        (settings.MEDIA_ROOT / item.image.name).read_bytes(),
        item.image_width,
        item.image_height,
    )
    save_change_form_repeatedly(staff, reverse(view, args=[item.pk]), **changes)
    item.refresh_from_db()
    assert item.title == changes["title"]
    assert (
        item.image.name,
        (settings.MEDIA_ROOT / item.image.name).read_bytes(),
        item.image_width,
        item.image_height,
    ) == stored
    for rendition in renditions:
        assert (settings.MEDIA_ROOT / getattr(item, rendition).name).exists()


def test_a_stored_image_over_newly_lowered_limits_still_saves_with_its_size(staff, settings):
    banner = BannerFactory(image=image_file("banner.jpg", (1920, 700)))
    settings.MAX_IMAGE_SIDE = 1000  # lowered after the banner was uploaded
    save_change_form_repeatedly(staff, reverse("admin:pages_banner_change", args=[banner.pk]), title="新横幅")
    banner.refresh_from_db()
    assert (banner.image_width, banner.image_height) == (1920, 700)
