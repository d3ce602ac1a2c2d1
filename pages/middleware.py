"""The Traditional Chinese view of the site: /zh-hant/ pages converted from the Simplified ones."""

from django.conf import settings

from core.chinese import convert_html, converter

from .models import SiteSettings

# Pages and the news feeds (their links are ASCII: reverse() and iri_to_uri).
CONVERTED_TYPES = ("text/html", "application/rss+xml", "application/atom+xml")


class TraditionalChineseMiddleware:
    """Convert every HTML page (and news feed) in ``zh-hant`` to Traditional characters (core.chinese.convert_html).

    It sits inside core.middleware.AnonymousPageCacheMiddleware, so a page is converted once and stored
    converted: a page served from the cache passes through here again and is left alone. The terms the
    site settings keep as written (and the company's registered name) stay in Simplified characters;
    saving the settings retires the cached pages like any content change.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # OpenCC reads its dictionaries in about 0.4 s: when the worker starts, not during a visitor's request.
        converter(settings.ZH_HANT_CONFIG)
        converter("t2s")

    def __call__(self, request):
        response = self.get_response(request)
        if (
            getattr(request, "LANGUAGE_CODE", None) != "zh-hant"
            or getattr(request, "_page_cache_hit", False)
            or response.streaming
            or not response.get("Content-Type", "").startswith(CONVERTED_TYPES)
            or response.has_header("Content-Encoding")
        ):
            return response
        charset = response.charset
        html = response.content.decode(charset)
        protected = SiteSettings.load().protected_terms()
        response.content = convert_html(html, protected, settings.ZH_HANT_CONFIG).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
