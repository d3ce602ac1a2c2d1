"""Pieces the apps share from core instead of keeping copies: list views, sitemaps, list admins."""

import pytest
from django.contrib import admin
from django.contrib.sitemaps import Sitemap

from core.admin import PublishedListAdmin
from core.sitemaps import NamedOrObjectSitemap
from core.views import PublishedListView
from kede_site.sitemaps import SITEMAPS
from pages.models import Banner, Honor, PartnerBrand
from products.factories import VideoFactory
from products.models import Video
from products.views import CaseListView, VideoListView

pytestmark = pytest.mark.django_db


def test_list_pages_of_publishable_models_share_one_view(client, catalog):
    assert issubclass(CaseListView, PublishedListView) and issubclass(VideoListView, PublishedListView)
    VideoFactory(title="已发布视频")
    VideoFactory(title="未发布视频", is_published=False)
    html = client.get("/applications/videos/?page=abc").content.decode()
    assert "已发布视频" in html and "未发布视频" not in html


def test_sitemaps_of_list_pages_locate_url_names_and_objects_alike(catalog):
    sitemap = NamedOrObjectSitemap()
    assert sitemap.location("news:list") == "/news/"
    assert sitemap.location(catalog["kd68"]) == catalog["kd68"].get_absolute_url()
    for name, sitemap_class in SITEMAPS.items():
        named = [item for item in sitemap_class().items() if isinstance(item, str)]
        if named:
            assert issubclass(sitemap_class, NamedOrObjectSitemap), name
        assert issubclass(sitemap_class, Sitemap)


@pytest.mark.parametrize("model", [Banner, Honor, PartnerBrand, Video], ids=lambda model: model.__name__)
def test_ordered_publishable_models_are_ordered_and_published_from_their_list(model):
    model_admin = admin.site._registry[model]
    assert isinstance(model_admin, PublishedListAdmin)
    assert {"order", "is_published"} <= set(model_admin.list_editable)
    assert "is_published" in model_admin.list_filter
