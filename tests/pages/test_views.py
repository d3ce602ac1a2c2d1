import pytest

from pages.factories import BannerFactory, HonorFactory, PageFactory, PartnerBrandFactory
from pages.models import Page
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_tree(about_section):
    about = about_section["about"]
    honors = PageFactory(title="荣誉资质", slug="honors", parent=about, layout=Page.Layout.HONORS)
    hidden = PageFactory(title="内部页面", slug="internal", parent=about, show_in_nav=False)
    return {**about_section, "honors": honors, "hidden": hidden}


def test_page_tree_serves_a_sub_page_at_its_path(client, about_tree):
    response = client.get("/about/culture/")
    assert response.status_code == 200
    assert response.context["page"] == about_tree["culture"]
    assert '<h1 class="page-title">科德文化</h1>' in response.content.decode()


def test_sub_page_breadcrumb_runs_home_section_page(client, about_tree):
    html = client.get("/about/culture/").content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert crumbs.index("首页") < crumbs.index("关于科德") < crumbs.index("科德文化")
    assert 'href="/about/"' in crumbs
    assert 'aria-current="page">科德文化<' in crumbs


def test_sidebar_lists_sibling_pages_with_the_current_one_marked(client, about_tree):
    html = client.get("/about/culture/").content.decode()
    menu = html.split('class="box section-menu"')[1].split("</nav>")[0]
    assert 'href="/about/"' in menu and ">集团介绍<" in menu
    assert 'href="/about/honors/"' in menu
    assert 'href="/about/culture/" aria-current="page"' in menu
    assert "内部页面" not in menu


def test_navigation_is_built_from_the_page_tree(client, about_tree):
    html = client.get("/").content.decode()
    nav = html.split('id="site-nav"')[1].split("</nav>")[0]
    assert ">关于科德<" in nav
    assert ">集团介绍<" in nav and ">科德文化<" in nav
    assert "内部页面" not in nav


def test_navigation_follows_an_edit_in_the_admin_data(client, about_tree):
    client.get("/")
    about_tree["culture"].nav_title = "企业文化"
    about_tree["culture"].save()
    nav = client.get("/").content.decode().split('id="site-nav"')[1].split("</nav>")[0]
    assert ">企业文化<" in nav


def test_honors_page_shows_the_gallery_with_captions_and_years(client, about_tree):
    HonorFactory(title="ISO 9001 质量管理体系认证", year=2018)
    HonorFactory(title="高新技术企业", year=2021, is_published=False)
    html = client.get("/about/honors/").content.decode()
    assert "ISO 9001 质量管理体系认证" in html
    assert "2018" in html
    assert "高新技术企业" not in html
    assert 'class="gallery honors"' in html


def test_gallery_images_have_dimensions(client, about_tree):
    HonorFactory(title="CE 认证", year=2019)
    html = client.get("/about/honors/").content.decode()
    img = html.split('class="honor__link"')[1].split(">", 2)[1]
    assert 'width="343"' in img and 'height="480"' in img


@pytest.mark.parametrize(
    "path",
    [
        "/about/nope/",
        "/nope/",
        "/about/culture/extra/",
        "/about/%E4%B8%AD%E6%96%87/",
        "/about/<script>/",
        "/about/cul%00ture/",
        "/about/..%2F..%2Fetc/",
        "/about/culture",  # no trailing slash: redirected by CommonMiddleware, then found
    ],
)
def test_unknown_or_odd_paths_are_404_never_500(client, about_tree, path):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404)
    if path != "/about/culture":
        assert response.status_code == 404


def test_404_page_is_styled_in_chinese_with_navigation(client, about_tree):
    response = client.get("/does-not-exist/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "页面不存在" in html
    assert 'id="site-nav"' in html and ">关于科德<" in html


def test_unpublished_page_is_404_for_visitors(client, about_tree):
    about_tree["culture"].is_published = False
    about_tree["culture"].save()
    assert client.get("/about/culture/").status_code == 404


def test_unpublished_page_is_shown_to_staff_with_a_draft_banner(client, admin_user, about_tree):
    about_tree["culture"].is_published = False
    about_tree["culture"].save()
    client.force_login(admin_user)
    response = client.get("/about/culture/")
    assert response.status_code == 200
    assert "草稿" in response.content.decode()


def test_page_with_link_url_redirects_permanently(client, about_tree):
    service = PageFactory(title="客户中心", slug="service")
    PageFactory(title="科德荣誉资质", slug="honors", parent=service, link_url="/about/honors/")
    response = client.get("/service/honors/")
    assert response.status_code == 301
    assert response["Location"] == "/about/honors/"


def test_renaming_a_slug_moves_the_whole_branch(client, about_tree):
    about_tree["about"].slug = "company"
    about_tree["about"].save()
    assert client.get("/company/culture/").status_code == 200
    assert client.get("/about/culture/").status_code == 404


def test_home_shows_banners_profile_and_hides_empty_blocks(client, about_tree):
    BannerFactory(title="重型破碎锤 新品上市")
    html = client.get("/").content.decode()
    assert "重型破碎锤 新品上市" in html
    assert "home-honors" not in html  # no honors yet: the block is hidden, not a placeholder


def test_home_banner_images_are_webp_renditions_with_dimensions(client, about_tree):
    BannerFactory(title="快换装置")
    html = client.get("/").content.decode()
    img = html.split('class="carousel__slide"')[1].split("<img", 1)[1].split(">", 1)[0]
    assert ".webp" in img
    assert 'width="1920"' in img and 'height="700"' in img


def test_footer_shows_brands_icp_link_and_copyright_from_settings(client, about_tree):
    PartnerBrandFactory(name="沃尔沃", name_en="Volvo")
    html = client.get("/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert "沃尔沃" in footer
    assert 'href="https://beian.miit.gov.cn/"' in footer and "湘ICP备2020019050号-1" in footer
    assert "© 2026 衡阳市科德工程机械制造有限公司 版权所有" in footer


def test_english_pages_live_under_en(client, about_tree):
    response = client.get("/en/about/culture/")
    assert response.status_code == 200
    assert response.context["LANGUAGE_CODE"] == "en"
    assert "Home" in response.content.decode()


def test_robots_txt_points_to_the_sitemap_on_the_site_address(client, settings):
    settings.SITE_URL, settings.ALLOWED_HOSTS = "https://www.kede.example", ["*"]
    body = client.get("/robots.txt", headers={"host": "evil.example"}).content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://www.kede.example/sitemap.xml" in body and "evil" not in body


def test_sitemap_lists_published_pages_only(client, about_tree):
    about_tree["culture"].is_published = False
    about_tree["culture"].save()
    body = sitemap_text(client)
    assert "/about/honors/" in body
    assert "/about/culture/" not in body
