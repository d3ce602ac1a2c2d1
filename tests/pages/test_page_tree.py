"""Unpublishing a page hides its whole subtree: pages, sitemap and menus."""

import pytest
from django.contrib.auth.models import AnonymousUser

from pages.factories import PageFactory
from pages.models import Page
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(about_section):
    history = PageFactory(title="发展历程", slug="history", parent=about_section["culture"])
    contact = PageFactory(title="联系方式", nav_title="联系我们", slug="contact")
    network = PageFactory(title="营销网络", slug="network", parent=contact)
    return {**about_section, "history": history, "contact": contact, "network": network}


def unpublish(page):
    page.is_published = False
    page.save()


def nav_of(html):
    return html.split('id="site-nav"')[1].split("</nav>")[0]


def test_unpublished_section_hides_its_sub_pages_from_visitors(client, tree):
    unpublish(tree["about"])
    assert client.get("/about/").status_code == 404
    assert client.get("/about/culture/").status_code == 404
    assert client.get("/about/culture/history/").status_code == 404
    assert client.get("/en/about/culture/").status_code == 404


def test_an_unpublished_page_in_the_middle_hides_the_pages_below_it_only(client, tree):
    unpublish(tree["culture"])
    assert client.get("/about/").status_code == 200
    assert client.get("/about/culture/history/").status_code == 404


def test_unpublishing_one_section_leaves_the_other_trees_alone(client, tree):
    unpublish(tree["about"])
    assert client.get("/contact/").status_code == 200
    assert client.get("/contact/network/").status_code == 200
    assert tree["network"] in Page.objects.published()


def test_sub_pages_of_an_unpublished_section_leave_the_sitemap(client, tree):
    unpublish(tree["about"])
    body = sitemap_text(client)
    assert "/about/" not in body
    assert "/contact/network/" in body


def test_sub_pages_of_an_unpublished_section_leave_the_menus(client, tree):
    unpublish(tree["about"])
    assert tree["culture"] not in Page.objects.in_navigation()
    assert tree["culture"] not in Page.objects.section_of(tree["culture"])
    nav = nav_of(client.get("/").content.decode())
    assert "科德文化" not in nav and "关于科德" not in nav
    assert "营销网络" in nav


def test_staff_preview_a_hidden_sub_page_with_a_notice_naming_the_hidden_page(admin_client, tree):
    unpublish(tree["about"])
    response = admin_client.get("/about/culture/history/")
    assert response.status_code == 200
    notice = response.content.decode().split('class="draft-notice"')[1].split("</p>")[0]
    assert "集团介绍" in notice
    assert tree["history"] in Page.objects.visible_to(response.wsgi_request.user)
    assert tree["history"] not in Page.objects.visible_to(AnonymousUser())


def test_republishing_a_section_brings_its_sub_pages_back(client, tree):
    unpublish(tree["about"])
    assert client.get("/about/culture/").status_code == 404
    tree["about"].is_published = True
    tree["about"].save()
    assert client.get("/about/culture/").status_code == 200
    assert "/about/culture/history/" in sitemap_text(client)
    assert "科德文化" in nav_of(client.get("/").content.decode())


def test_visible_pages_cost_one_query_whatever_the_depth(django_assert_num_queries, tree):
    unpublish(tree["about"])
    with django_assert_num_queries(1):
        assert set(Page.objects.published()) == {tree["contact"], tree["network"]}
