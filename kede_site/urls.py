from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from core.admin_i18n import admin_javascript_catalog
from core.downloads import serve_media
from core.sitemaps import sitemap_index, sitemap_section
from core.uploads import editor_image_upload
from pages import views as page_views

from .sitemaps import SITEMAPS

admin.site.site_header = admin.site.site_title = _("Kede Group website administration")
admin.site.index_title = _("Content management")
# The admin's JavaScript widgets in Chinese too (see core.admin_i18n); set before admin.site.urls is read.
admin.site.i18n_javascript = admin_javascript_catalog

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    # The editor's widget posts images to the URL named ck_editor_5_upload_file.
    path("ckeditor5/image_upload/", editor_image_upload, name="ck_editor_5_upload_file"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_section, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", page_views.robots_txt, name="robots"),
    path("healthz", page_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    # Uploads with the headers nginx gives them in production (deploy/nginx/kede.conf).
    urlpatterns += [path("media/<path:path>", serve_media)]

urlpatterns += i18n_patterns(
    path("", include("products.urls")),
    path("news/", include("news.urls")),
    path("careers/", include("careers.urls")),
    path("", include("service.urls")),
    # App URLs go above this line; the page tree answers whatever they leave.
    path("", include("pages.urls")),
    prefix_default_language=False,
)

handler500 = "pages.views.server_error"
