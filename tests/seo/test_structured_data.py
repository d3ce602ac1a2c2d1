"""JSON-LD: Organization on the home page, BreadcrumbList wherever a breadcrumb is shown, Product, NewsArticle,
JobPosting on open openings only, FAQPage on the Q&A — parsed and checked for the properties search engines
require; the data cannot end its script element, and the CSP lets it be."""

import datetime

from django.utils import timezone

from core.templatetags.seo import json_ld
from pages.models import SiteSettings
from tests.seo.conftest import SITE
from tests.seo.page import Page
from tests.sitemaps import local, sitemap_entries


def test_the_home_page_describes_the_organization_with_logo_and_contact_points(client, public_site):
    settings_row = SiteSettings.load()
    page = Page(client.get("/", headers={"host": "evil.example"}))
    (organization,) = page.schemas("Organization")
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == settings_row.company_name and organization["url"] == f"{SITE}/"
    assert organization["logo"].startswith(SITE + "/")
    points = {point["contactType"]: point["telephone"] for point in organization["contactPoint"]}
    assert points["customer service"] == settings_row.hotline
    assert organization["address"]["streetAddress"] == settings_row.address
    assert not page.schemas("BreadcrumbList")  # the home page shows no breadcrumb


def test_every_page_with_a_breadcrumb_has_a_breadcrumb_list_that_matches_it(client, public_site):
    checked = 0
    for loc, _lastmod, _alternates in sitemap_entries(client):
        page = Page(client.get(local(loc)))
        if 'class="breadcrumbs"' not in page.html:
            assert not page.schemas("BreadcrumbList"), loc
            continue
        (trail,) = page.schemas("BreadcrumbList")
        items = trail["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1)), loc
        assert items[0]["item"] in (f"{SITE}/", f"{SITE}/zh-hant/", f"{SITE}/en/"), loc
        assert all(item["name"] and item["item"].startswith(SITE + "/") for item in items), loc
        if 'aria-current="page"' in page.html:
            assert items[-1]["item"] == loc, loc
        checked += 1
    assert checked > 10


def test_a_product_page_describes_the_product_with_brand_model_category_and_specs(client, public_site):
    product = public_site["kd68"]
    page = Page(client.get(product.get_absolute_url()))
    (data,) = page.schemas("Product")
    assert data["name"] == product.name and data["model"] == "KD-68S"
    assert data["brand"]["@type"] == "Brand" and data["brand"]["name"]
    assert data["category"] == public_site["side"].name
    assert data["url"] == SITE + product.get_absolute_url()
    assert data["image"] and all(url.startswith(SITE + "/") for url in data["image"])
    properties = {item["name"]: (item["value"], item.get("unitText")) for item in data["additionalProperty"]}
    assert properties["冲击能量"] == ("2500", "J") and properties["工作流量"] == ("80-110", "L/min")
    assert properties["适用挖掘机"][1] == "t" and "18" in properties["适用挖掘机"][0]  # the tonnage row
    (trail,) = page.schemas("BreadcrumbList")
    assert [item["name"] for item in trail["itemListElement"]][-2:] == [public_site["side"].name, product.name]


def test_an_article_is_a_news_article_with_dates_image_author_and_publisher(client, public_site):
    article = public_site["article"]
    page = Page(client.get(article.get_absolute_url()))
    (data,) = page.schemas("NewsArticle")
    assert data["headline"] == article.title
    assert datetime.datetime.fromisoformat(data["datePublished"]) == article.publish_at
    assert datetime.datetime.fromisoformat(data["dateModified"]) >= article.publish_at
    assert data["image"][0].startswith(SITE + "/")
    assert data["author"][0]["name"] and data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["logo"].startswith(SITE + "/")


def test_an_open_opening_is_a_job_posting_and_a_closed_one_is_not(client, public_site):
    job = public_site["job"]
    page = Page(client.get(job.get_absolute_url()))
    (data,) = page.schemas("JobPosting")
    assert data["title"] == job.title and "安装调试" in data["description"]
    assert data["datePosted"] == job.posted_on.isoformat()
    assert datetime.datetime.fromisoformat(data["validThrough"]).date() == job.closes_on
    assert data["employmentType"] == "FULL_TIME"
    assert data["hiringOrganization"]["name"] and data["hiringOrganization"]["url"] == f"{SITE}/"
    assert data["jobLocation"]["address"]["addressLocality"] == job.location
    assert data["jobLocation"]["address"]["addressCountry"] == "CN"
    assert "baseSalary" not in data  # none given
    closed = Page(client.get(public_site["closed_job"].get_absolute_url()))
    assert not closed.schemas("JobPosting")
    assert closed.meta("robots") == "noindex"


def test_an_opening_that_closes_today_is_posted_until_the_end_of_the_day(client, public_site):
    job = public_site["job"]
    job.closes_on = timezone.localdate()
    job.save()
    (data,) = Page(client.get(job.get_absolute_url())).schemas("JobPosting")
    until = datetime.datetime.fromisoformat(data["validThrough"])
    assert until.date() == job.closes_on and until.hour == 23


def test_the_questions_and_answers_are_an_faq_page(client, public_site):
    page = Page(client.get("/careers/qa/"))
    (data,) = page.schemas("FAQPage")
    (question,) = data["mainEntity"]
    assert question["@type"] == "Question" and question["name"] == "应届毕业生可以应聘吗？"
    assert question["acceptedAnswer"]["text"] == "可以，欢迎应届生。"


def test_json_ld_cannot_close_its_script_element():
    rendered = json_ld({"name": "</script><script>alert(1)</script>", "x": "a & b <!--"})
    body = rendered.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert rendered.count("</script>") == 1
    import json

    assert json.loads(body)["name"] == "</script><script>alert(1)</script>"


def test_a_product_name_with_markup_stays_inside_its_json_ld(client, public_site):
    product = public_site["kd140"]
    product.name = "破碎锤</script><script>alert(1)</script>"
    product.save()
    response = client.get(product.get_absolute_url())
    assert "<script>alert(1)" not in response.content.decode()
    (data,) = Page(response).schemas("Product")
    assert data["name"] == product.name


def test_the_content_security_policy_still_allows_no_inline_script(client, public_site):
    """JSON-LD is a data block, which browsers do not execute: the policy needs no 'unsafe-inline' for it."""
    response = client.get(public_site["kd68"].get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_salary_range_given_is_the_base_salary_and_is_shown(client, public_site):
    job = public_site["job"]
    job.salary_min, job.salary_max = 6000, 9000
    job.save()
    page = Page(client.get(job.get_absolute_url()))
    (data,) = page.schemas("JobPosting")
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "CNY",
        "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 6000, "maxValue": 9000},
    }
    assert "6000–9000 元" in page.html
    job.salary_min = None
    job.save()
    page = Page(client.get(job.get_absolute_url()))
    (data,) = page.schemas("JobPosting")
    assert data["baseSalary"]["value"] == {"@type": "QuantitativeValue", "unitText": "MONTH", "maxValue": 9000}
    assert "最高 9000 元" in page.html
