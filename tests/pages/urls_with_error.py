"""The site's URLs plus a view that fails, to exercise the 500 page."""

from django.urls import path

from kede_site.urls import handler500  # noqa: F401
from kede_site.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("deliberate failure for the 500-page test")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
