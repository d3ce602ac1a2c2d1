"""The framework floor for ``make bench``: one Django view returning a fixed small page, nothing else.

Served by gunicorn the way the site is (same worker count and class), it measures what a request
costs before any of our code runs: Django's request/response cycle, gunicorn and the network.
A page's warm requests/s divided by the floor's says how close the page cache comes to free.
Run as ``gunicorn scripts.bench_floor`` (the module is its own settings; no database, no middleware).
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = b"<!doctype html><html lang=zh-hans><meta charset=utf-8><title>floor</title><h1>floor</h1></html>"


def floor(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", floor)]

if not settings.configured:
    settings.configure(
        DEBUG=False,
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        SECRET_KEY="bench-floor-only",  # noqa: S105 -- serves one fixed page, signs nothing
        USE_I18N=False,
    )

application = get_wsgi_application()
