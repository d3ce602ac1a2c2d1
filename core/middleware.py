"""Site-wide response headers, the anonymous page cache, the 503 page when the database is down, and the
request log."""

import functools
import hashlib
import logging
import re
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.db import InterfaceError, OperationalError, connection, connections
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import get_conditional_response, has_vary_header, patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject, empty

from .cache import check_schedule, content_timeout, content_version

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
logger = logging.getLogger(__name__)

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


@checks.register(checks.Tags.security, deploy=True)
def check_bench_mode_is_off(app_configs=None, **kwargs):
    """core.W011 (check --deploy): DJANGO_BENCH lets any visitor skip the page cache; it is for make bench only."""
    if not settings.BENCH:
        return []
    return [
        checks.Warning(
            "DJANGO_BENCH is on: any request with the header X-Bench-Render: 1 skips the page cache, and every "
            "response tells its query count.",
            hint="Leave DJANGO_BENCH unset in production; make bench sets it on the servers it starts.",
            id="core.W011",
        )
    ]


class BenchQueryCountMiddleware:
    """With ``settings.BENCH`` on (benchmarks only), each response tells the SQL queries it made in ``X-Bench-Queries``.

    Listed first, so it counts what every other middleware queries too. Without the setting it
    removes itself from the chain (``MiddlewareNotUsed``).
    """

    def __init__(self, get_response):
        if not settings.BENCH:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        queries = 0

        def count(execute, sql, params, many, context):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, context)

        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(count))
            response = self.get_response(request)
        response["X-Bench-Queries"] = str(queries)
        return response


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET pages from the shared cache, and tell browsers and proxies what they may keep.

    The key holds the content version (see core.cache), the release (:func:`release`), the scheme,
    host, path and language, and only the query parameters the view declares it reads:
    ``cache_query_params`` on a class-based view or feed, core.cache.cache_query_params() on a
    function view. Other parameters (``utm_source``…) share the plain page's entry; a view that
    declares nothing is cached only when the request has no query string.

    A page is served from the cache to a visitor who is not logged in and has no session data
    and no pending messages, judged by the session itself, not by the cookie's presence. It is
    stored only when it is a plain 200 whose request did not use the CSRF token (pages with a
    form), write the session or queue a message, and which sets no cookie, does not vary on
    cookies and is not private, no-store or no-cache.

    HTTP caching follows the same judgement. A stored page carries a weak ``ETag`` made of the
    same parts as its key (so it changes with any content change, release and language) and
    ``Cache-Control: public, max-age=0, s-maxage=PAGE_CACHE_MAX_AGE``: a CDN or nginx in front
    keeps it briefly, a browser asks again each time and gets a 304 without a body, answered
    from the cache without rendering or a query. Every other response that says nothing of its
    own, and every response meant for one visitor (a form, a session, a message, a logged-in
    user) whatever it says, is ``private, no-store`` without an ETag.
    """

    timeout = 60 * 10

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        check_schedule()
        response = self.get_response(request)
        if getattr(request, "_page_cache_hit", False):
            return response
        key = getattr(request, "_page_cache_key", None)
        if key is not None and self._storable(request, response):
            patch_vary_headers(response, ["Cookie"])
            response["ETag"] = request._page_etag
            if not response.has_header("Cache-Control"):  # a view's own (robots.txt: an hour) stands
                max_age = content_timeout(settings.PAGE_CACHE_MAX_AGE)
                patch_cache_control(response, public=True, max_age=0, s_maxage=max_age)
            timeout = content_timeout(self.timeout)
            if timeout:
                cache.set(key, response, timeout)
            return get_conditional_response(request, etag=request._page_etag, response=response)
        if self._personal(request, response) or not response.has_header("Cache-Control"):
            del response["ETag"]
            patch_cache_control(response, private=True, no_store=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.BENCH and request.headers.get("X-Bench-Render") == "1":
            return None  # benchmarks measure the rendering: neither served from nor stored in the cache
        if not self._cacheable_request(request):
            return None
        params = getattr(getattr(view_func, "view_class", view_func), "cache_query_params", None)
        if params is None and request.GET:
            return None
        key, etag = self._key(request, params or ())
        cached = cache.get(key)
        if cached is not None:
            request._page_cache_hit = True
            response = get_conditional_response(request, etag=cached.get("ETag"), response=cached)
            response["X-Cache"] = "hit"
            return response
        request._page_cache_key, request._page_etag = key, etag
        return None

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith((f"/{settings.ADMIN_URL}", "/ckeditor5/", settings.MEDIA_URL, settings.STATIC_URL)):
            return False
        if request.user.is_authenticated:
            return False
        # The session is loaded by now: a made-up session cookie finds no data.
        if request.session.keys():
            return False
        return not len(get_messages(request))  # counts pending messages without marking them read

    @staticmethod
    def _personal(request, response):
        """The response is meant for one visitor: no cache but theirs may keep it."""
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        return bool(
            (user is not None and user.is_authenticated)
            or (session is not None and (session.modified or session.keys()))
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
            or len(get_messages(request))
        )

    @staticmethod
    def _storable(request, response):
        directives = {part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")}
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not has_vary_header(response, "Cookie")
            and not directives & {"private", "no-store", "no-cache"}
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.session.modified
            and not len(get_messages(request))
        )

    @staticmethod
    def _key(request, params):
        """The cache key and the ETag of the page: the same parts, but one ETag for GET and HEAD."""
        query = urlencode([(name, value) for name in params for value in request.GET.getlist(name)])
        parts = [str(content_version()), release(), request.scheme, request.get_host(), request.path, query]
        # A /zh-hant/ page is converted with the configured phrase tables (pages.middleware): they name it too.
        parts.append(
            request.LANGUAGE_CODE + (f":{settings.ZH_HANT_CONFIG}" if request.LANGUAGE_CODE == "zh-hant" else "")
        )
        digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
        key = hashlib.sha256(f"{request.method}|{digest}".encode()).hexdigest()
        return f"kede:page:{parts[0]}:{key}", f'W/"{digest[:32]}"'


def release() -> str:
    """What names the deployed code in page keys and ETags, so a deploy retires cached pages.

    ``DJANGO_RELEASE`` (e.g. the commit deployed) when set; else :func:`code_digest`.
    """
    return settings.RELEASE or code_digest()


@functools.cache
def code_digest() -> str:
    """A digest of what shapes a page: our apps' code, the templates, the compiled translations and
    the static manifest (the hashed file names), read once per process. The same files give the same
    digest on every worker and every host."""
    base = Path(settings.BASE_DIR).resolve()
    roots = [Path(directory) for engine in settings.TEMPLATES for directory in engine.get("DIRS", [])]
    roots += [Path(directory) for directory in settings.LOCALE_PATHS]
    roots += [Path(app.path) for app in apps.get_app_configs() if Path(app.path).resolve().is_relative_to(base)]
    files = {path for root in roots for path in Path(root).rglob("*") if path.suffix in RELEASE_SUFFIXES}
    files.add(Path(settings.STATIC_ROOT) / "staticfiles.json")
    digest = hashlib.sha256()
    for path in sorted(files):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


RELEASE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".mo"}


class DatabaseUnavailableMiddleware:
    """The styled 503 page, at once, when the database cannot be reached.

    The connection is opened before anything else of the request needs it (the session, the user, the page
    cache's schedule), so an unreachable database gives ``503.html`` (rendered without the database, with
    ``Retry-After``) within the connect timeout instead of a hang or a 500 with a traceback. An open
    connection costs nothing here. ``/healthz`` reports the outage itself.
    """

    retry_after = 30
    without_database = (settings.STATIC_URL, settings.MEDIA_URL)  # files need no database (media: debug only)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != "/healthz" and not request.path_info.startswith(self.without_database):
            try:
                connection.ensure_connection()
            except (OperationalError, InterfaceError) as error:
                logger.warning("Database unreachable (%s): answering 503", type(error).__name__)
                return self.unavailable(request)
        return self.get_response(request)

    @classmethod
    def unavailable(cls, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            try:
                body = loader.render_to_string("503.html", {"LANGUAGE_CODE": language})
            except Exception:  # e.g. static files not collected: still a 503, never a traceback
                body = translation.gettext("Service temporarily unavailable")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(cls.retry_after)
        response["Cache-Control"] = "no-store"
        return response


REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{16,64}$")
# Query parameters that can carry a visitor's contact details or a reference: logged as "***".
PERSONAL_PARAMETERS = {"phone", "email", "e-mail", "mail", "name", "ref", "reference", "token", "code"}
request_logger = logging.getLogger("kede.request")


class RequestLogMiddleware:
    """One line per request on the ``kede.request`` logger: request id, method, path, status, duration, user id.

    The id is the incoming ``X-Request-ID`` when it looks like one (16–64 letters, digits and hyphens, as a
    proxy writes it), else a new one; it is sent back as ``X-Request-ID``. The query string is logged for GET
    and HEAD only, with personal parameters (phone, e-mail, name, reference…) masked; a POST's body and query
    string never. The user id is logged only when the request looked the user up anyway (no extra query).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        request_logger.info(
            "%s %s %s %s %.0fms user=%s",
            request.request_id,
            request.method,
            self.logged_path(request),
            response.status_code,
            (time.monotonic() - started) * 1000,
            self.user_id(request),
        )
        return response

    @staticmethod
    def logged_path(request):
        path = request.path
        if request.method not in ("GET", "HEAD") or not request.GET:
            return path
        query = urlencode(
            [
                (name, "***" if name.lower() in PERSONAL_PARAMETERS else value)
                for name in request.GET
                for value in request.GET.getlist(name)
            ],
            safe="*",
        )
        return f"{path}?{query}"

    @staticmethod
    def user_id(request):
        user = getattr(request, "user", None)
        if user is None or (isinstance(user, SimpleLazyObject) and user._wrapped is empty):
            return "-"
        return user.pk if user.is_authenticated else "-"
