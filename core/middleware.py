"""Site-wide response headers and the anonymous page cache."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import has_vary_header, patch_vary_headers

from .cache import content_version

# Everything the public site loads comes from the site itself.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self' " + " ".join(f"https://{host}" for host in sorted(settings.VIDEO_EMBED_HOSTS)),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The admin's editor (CKEditor 5) and mptt's tree need inline styles and scripts.
ADMIN_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith((f"/{settings.ADMIN_URL}", "/ckeditor5/"))
        policy = ADMIN_CONTENT_SECURITY_POLICY if is_admin else CONTENT_SECURITY_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET pages from the shared cache.

    The key holds the content version, so any save in the admin retires every
    cached page at once. A response is stored only when it is a plain 200 that
    sets no cookie and does not vary on cookies (pages with a CSRF-protected
    form do), and a request with a session or pending messages is never served
    from the cache.
    """

    timeout = 60 * 10

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self._cacheable_response(response):
            patch_vary_headers(response, ["Cookie"])
            cache.set(key, response, self.timeout)
        return response

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith((f"/{settings.ADMIN_URL}", "/ckeditor5/", settings.MEDIA_URL, settings.STATIC_URL)):
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        return not request.user.is_authenticated

    @staticmethod
    def _cacheable_response(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not has_vary_header(response, "Cookie")
            and "private" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _key(request):
        raw = f"{request.method}|{request.get_host()}|{request.get_full_path()}|{request.LANGUAGE_CODE}"
        digest = hashlib.sha256(raw.encode()).hexdigest()
        return f"kede:page:{content_version()}:{digest}"
