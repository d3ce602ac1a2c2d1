import pytest
from django.test import Client

from pages.factories import PageFactory, SiteSettingsFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pages.urls_with_error")]


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def test_500_page_is_in_the_site_design_in_chinese(visitor):
    SiteSettingsFactory()
    PageFactory(title="集团介绍", nav_title="关于科德", slug="about")
    response = visitor.get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "服务器出现了问题" in html
    assert 'id="site-nav"' in html and ">关于科德<" in html
    assert "400-0734-868" in html  # the hotline, from site settings


def test_500_page_falls_back_to_plain_html_when_the_design_cannot_render(visitor, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr("pages.context_processors.SiteSettings.load", broken)
    response = visitor.get("/boom/")
    assert response.status_code == 500
    assert "服务器出现了问题" in response.content.decode()


def test_csrf_failure_page_is_in_chinese(db):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/i18n/setlang/", {"language": "en"})
    assert response.status_code == 403
    assert "表单已过期" in response.content.decode()


def test_403_template_renders_in_chinese(client):
    from django.core.exceptions import PermissionDenied
    from django.test import RequestFactory
    from django.views.defaults import permission_denied

    request = RequestFactory().get("/")
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "无权访问" in response.content.decode()
