"""What every page tells search engines and WeChat in its head: a unique title, a description, the canonical
address (without tracking or finder parameters, with the page number), hreflang alternates and Open Graph —
all on DJANGO_SITE_URL, whatever Host the request names."""

import io
from collections import defaultdict
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from core.templatetags.seo import meta_text
from news.factories import ArticleFactory
from tests.seo.conftest import SITE
from tests.seo.page import Page
from tests.sitemaps import local, sitemap_entries

FORGED = {"host": "evil.example", "x-forwarded-host": "evil.example"}


def test_every_sitemap_page_has_a_unique_title_a_description_and_its_own_canonical(client, public_site):
    titles = defaultdict(dict)
    for loc, _lastmod, alternates in sitemap_entries(client):
        response = client.get(local(loc), headers=FORGED)
        assert response.status_code == 200, loc
        page = Page(response)
        language = response.headers["Content-Language"]
        assert page.title and page.title not in titles[language], (loc, titles[language].get(page.title))
        titles[language][page.title] = loc
        description = page.meta("description")
        assert description and len(description) <= 120, loc
        assert "<" not in description and "&lt;" not in description, loc
        assert page.canonical == loc, loc
        assert page.alternates == alternates, loc
        assert page.meta("og:url") == loc and page.meta("og:title") and page.meta("og:description") == description
        assert page.meta("og:image").startswith(SITE + "/"), loc
        assert page.meta("og:site_name") and page.meta("twitter:card") == "summary_large_image"
        assert "evil.example" not in page.html, loc
    assert len(titles) == len(django_settings.LANGUAGES)


@pytest.mark.parametrize(
    "query",
    ["?utm_source=wechat&utm_medium=share", "?gclid=abc", "?fbclid=x&from=timeline", "?from=singlemessage"],
)
def test_the_canonical_drops_tracking_parameters(client, public_site, query):
    path = public_site["kd68"].get_absolute_url()
    page = Page(client.get(path + query, headers=FORGED))
    assert page.canonical == page.meta("og:url") == SITE + path
    assert page.alternates["en"] == f"{SITE}/en{path}"


def test_the_canonical_of_finder_results_and_filters_is_the_plain_list(client, public_site):
    page = Page(client.get("/products/search/?type=breakers&tonnes=20&brand=volvo&utm_source=x"))
    assert page.canonical == f"{SITE}/products/search/"
    page = Page(client.get("/careers/?department=客户中心&location=衡阳"))
    assert page.canonical == f"{SITE}/careers/"


def test_the_canonical_keeps_the_page_number_of_a_list_but_not_page_one(client, public_site):
    for days in range(25):
        ArticleFactory(category=public_site["article"].category, publish_at=timezone.now() - timedelta(days=days + 3))
    second = Page(client.get("/news/?page=2&utm_campaign=autumn"))
    assert second.canonical == f"{SITE}/news/?page=2"
    assert second.alternates == {
        "zh-Hans": f"{SITE}/news/?page=2",
        "zh-Hant": f"{SITE}/zh-hant/news/?page=2",
        "en": f"{SITE}/en/news/?page=2",
        "x-default": f"{SITE}/news/?page=2",
    }
    assert Page(client.get("/news/?page=1")).canonical == f"{SITE}/news/"
    # A page number that is not one is the first page (the list answers it), never an echo of the input.
    assert Page(client.get("/news/?page=<script>")).canonical == f"{SITE}/news/"
    assert second.title != Page(client.get("/news/")).title


def test_the_english_page_names_its_language_and_the_chinese_one_as_alternates(client, public_site):
    page = Page(client.get("/en/about/culture/"))
    assert page.canonical == f"{SITE}/en/about/culture/"
    assert page.alternates == {
        "zh-Hans": f"{SITE}/about/culture/",
        "zh-Hant": f"{SITE}/zh-hant/about/culture/",
        "en": f"{SITE}/en/about/culture/",
        "x-default": f"{SITE}/about/culture/",
    }
    assert page.meta("og:locale") == "en_US"
    assert Page(client.get("/about/culture/")).meta("og:locale") == "zh_CN"


def test_a_second_visit_from_another_host_is_served_the_same_addresses(client, public_site):
    """The page cache keys on the host: a page first rendered for one host and then another carries
    the site address both times."""
    path = public_site["kd68"].get_absolute_url()
    first = Page(client.get(path, headers={"host": "127.0.0.1:8001"}))
    second = Page(client.get(path, headers=FORGED))
    assert first.canonical == second.canonical == SITE + path


def test_open_graph_shows_the_object_image_else_the_default(client, public_site, settings):
    article = public_site["article"]
    page = Page(client.get(article.get_absolute_url()))
    assert page.meta("og:type") == "article"
    assert page.meta("og:image") == f"{SITE}/static/img/og-default.png"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "JPEG")
    article.cover = SimpleUploadedFile("cover.jpg", buffer.getvalue(), content_type="image/jpeg")
    article.save()
    page = Page(client.get(article.get_absolute_url()))
    assert page.meta("og:image") == SITE + article.cover.url


def test_the_description_comes_from_seo_fields_else_summary_else_body(client, public_site):
    product = public_site["kd140"]
    product.summary, product.body = "", "<p>三角形静音&nbsp;破碎锤，<strong>低噪音</strong>。" + "长" * 200 + "</p>"
    product.save()
    description = Page(client.get(product.get_absolute_url())).meta("description")
    assert description.startswith("三角形静音 破碎锤，低噪音。长") and description.endswith("…")
    assert len(description) == 120
    product.seo_description = "SEO 描述"
    product.save()
    assert Page(client.get(product.get_absolute_url())).meta("description") == "SEO 描述"


def test_meta_text_strips_markup_and_entities_and_keeps_text_short():
    assert meta_text("<p>a &amp; b</p>\n\n<script>x</script>") == "a & b x"
    assert meta_text("&lt;script&gt;alert(1)&lt;/script&gt;") == "alert(1)"
    assert meta_text("字" * 200) == "字" * 119 + "…"
    assert meta_text("") == ""


def test_further_pages_of_case_and_video_lists_have_titles_of_their_own(client, public_site):
    from products.factories import CaseFactory, VideoFactory
    from products.views import PER_PAGE

    for _ in range(PER_PAGE):
        CaseFactory()
        VideoFactory()
    for path in ["/applications/cases/", "/applications/videos/"]:
        first, second = Page(client.get(path)), Page(client.get(path + "?page=2"))
        assert first.title != second.title and "第 2 页" in second.title
        assert second.canonical == f"{SITE}{path}?page=2"
        assert first.meta("description") != Page(client.get("/")).meta("description")
