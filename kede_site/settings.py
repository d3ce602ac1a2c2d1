"""Settings for the Kede Group website, read from environment variables.

``DJANGO_DEBUG`` defaults to off (fail closed): without it the settings are
production settings, a missing secret key or host list is a start-up error, and
``manage.py check --deploy`` is clean. ``make run`` and the test settings turn
debug on; with it on every other variable is optional (see ``.env.example``).
"""

import re
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)

if DEBUG:
    # A development-only key, generated per checkout; never used with debug off.
    SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-not-for-production")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
else:
    SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
    if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("dev-only"):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set to a random value of 50+ characters when DJANGO_DEBUG is off."
        )
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin: registers each app's translation.py (content in zh-hans and en)
    "core.admin_apps.KedeAdminConfig",  # django.contrib.admin with the second factor (core.admin_site)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "mptt",
    "reversion",
    "imagekit",
    "django_ckeditor_5",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "import_export",
    "core",
    "pages",
    "news",
    "products",
    "careers",
    "service",
]

MIDDLEWARE = [
    "core.middleware.RequestLogMiddleware",
    "core.middleware.BenchQueryCountMiddleware",  # only with BENCH (make bench); removes itself otherwise
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.AnonymousPageCacheMiddleware",
    # Inside the page cache: a /zh-hant/ page is converted once, then stored and served converted.
    "pages.middleware.TraditionalChineseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kede_site.urls"
# The admin's path (without a leading slash); moving it off admin/ keeps scanners away.
ADMIN_URL = env("DJANGO_ADMIN_URL", default="admin/").strip("/") + "/"
# The public address (https://www.example.cn): every absolute link (canonical, hreflang, sitemap, robots.txt,
# Open Graph, JSON-LD, share QR codes, e-mails) is built from it (core.urls), never from the Host header.
SITE_URL = env("DJANGO_SITE_URL", default="http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
if not re.fullmatch(r"https?://[^/?#\s]+", SITE_URL):
    raise ImproperlyConfigured(
        "DJANGO_SITE_URL must be the site's public address, e.g. https://www.example.cn (required when "
        "DJANGO_DEBUG is off)."
    )
# How many reverse proxies stand in front of the site, each appending to X-Forwarded-For (see core.net).
TRUSTED_PROXIES = env.int("DJANGO_TRUSTED_PROXIES", default=0)
if TRUSTED_PROXIES < 0:
    raise ImproperlyConfigured("DJANGO_TRUSTED_PROXIES must be 0 or more.")

# Sections of the page tree whose sub-menu an app supplies (see pages.templatetags.site_tags).
NAV_MENU_PROVIDERS = {"products/": "products.navigation.category_menu", "news/": "news.navigation.category_menu"}
# The site search's kinds of results, in the order the results page shows them (see pages.search).
SITE_SEARCH_PROVIDERS = [
    "products.search.products",
    "news.search.articles",
    "pages.search.pages",
    "products.search.cases",
    "products.search.videos",
    "careers.search.jobs",
]
WSGI_APPLICATION = "kede_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
            ],
        },
    },
]

# Database: an SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite has one writer at a time: a transaction takes the write lock when it begins (IMMEDIATE), so
    # concurrent form submissions wait their turn (up to the timeout) instead of failing at once when a
    # reading transaction cannot upgrade its lock.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server gives the 503 page within two seconds, not a hang (core.middleware).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: a shared Redis cache when REDIS_URL is set, else local memory. Redis is optional at run time: while
# it cannot be reached the site serves everything uncached and tries again every RETRY_AFTER seconds
# (core.cache_backends); the short socket timeouts keep a hanging Redis from holding up a request.
if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "kede",
            "RETRY_AFTER": env.float("DJANGO_CACHE_RETRY_SECONDS", default=5),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
else:
    # One cache per process: fine for one development server, wrong for several workers (core.W010).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # gunicorn reads WEB_CONCURRENCY (deploy/gunicorn.conf.py sets it): several workers, each with its own
    # content version, view counts and rate-limit counters, would serve stale pages for up to 10 minutes.
    if not DEBUG and env.int("WEB_CONCURRENCY", default=1) > 1:
        raise ImproperlyConfigured("REDIS_URL must be set when DJANGO_DEBUG is off and WEB_CONCURRENCY is above 1.")

# HTTP caching of anonymous pages (core.middleware.AnonymousPageCacheMiddleware): how long a shared cache
# (CDN, nginx) may keep one (s-maxage; browsers revalidate every time and get a 304), and what names the
# deployed code in page keys and ETags (e.g. the commit; empty: a digest of the code, templates and manifest).
PAGE_CACHE_MAX_AGE = env.int("DJANGO_PAGE_MAX_AGE", default=60)
RELEASE = env("DJANGO_RELEASE", default="")
# Benchmarks only (make bench sets it on the server it starts): a request with the header
# "X-Bench-Render: 1" skips the page cache (every request renders), and every response says how many
# SQL queries it made (X-Bench-Queries). Off by default, so the public cannot bypass the cache.
BENCH = env.bool("DJANGO_BENCH", default=False)

# Email: console in development unless EMAIL_URL says otherwise.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The SMTP connection gives up after this many seconds (the send after commit runs in the request).
EMAIL_TIMEOUT = env.int("DJANGO_EMAIL_TIMEOUT", default=10)
# core.mail: e-mails are stored, sent after the transaction commits (off: only by send_queued_mail),
# and retried by ``manage.py send_queued_mail`` (cron) until this many attempts have failed.
MAIL_SEND_ON_COMMIT = env.bool("DJANGO_MAIL_SEND_ON_COMMIT", default=True)
MAIL_MAX_ATTEMPTS = env.int("DJANGO_MAIL_MAX_ATTEMPTS", default=10)

# Signing in: django-axes locks an account for a client address after AXES_FAILURE_LIMIT wrong passwords
# (that account from that address only: nobody can lock a colleague out from elsewhere) for
# AXES_COOLOFF_TIME; the address is core.net.client_address (X-Forwarded-For only through trusted proxies).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.net.client_address"
AXES_LOCKOUT_CALLABLE = "core.admin_site.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# The second factor (core.admin_site): superusers and these groups sign in with a TOTP code when REQUIRE_2FA
# is on, which it is whenever debug is off (DJANGO_REQUIRE_2FA=0 turns it off; the demo accounts of
# development sign in with their password).
REQUIRE_2FA = env.bool("DJANGO_REQUIRE_2FA", default=not DEBUG)
SECOND_FACTOR_GROUPS = ("HR", "Service")
OTP_TOTP_ISSUER = "Kede Group"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Simplified Chinese first, English second (under /en/), and Traditional Chinese under
# /zh-hant/, converted from the Simplified pages when they are rendered (core.chinese, pages.middleware) with
# OpenCC's tables ZH_HANT_CONFIG: s2tw (default: Taiwan's standard character forms 為 裡 著, the words as
# written), s2t (OpenCC's own forms 爲 裏 着), s2hk (Hong Kong's forms) or s2twp (Taiwan's forms and
# vocabulary: 信息 → 資訊, 视频 → 影片; it rewrites the company's own words, so it is not the default).
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("zh-hant", _("Traditional Chinese")), ("en", _("English"))]
ZH_HANT_CONFIG = env("DJANGO_ZH_HANT_CONFIG", default="s2tw")
if ZH_HANT_CONFIG not in ("s2t", "s2tw", "s2twp", "s2hk"):
    raise ImproperlyConfigured("DJANGO_ZH_HANT_CONFIG must be one of s2t, s2tw, s2twp, s2hk.")
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content in two languages (django-modeltranslation, each app's translation.py): <field>_zh_hans and <field>_en.
# Traditional Chinese is never stored: modeltranslation reads an unlisted language (zh-hant) as the default,
# zh-hans, and the page is converted when rendered. A missing English text shows the Chinese one.
MODELTRANSLATION_DEFAULT_LANGUAGE = "zh-hans"
MODELTRANSLATION_LANGUAGES = ("zh-hans", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("zh-hans",)}
# core.fields.RichTextField: each language's copy is the same class, sanitized on every save like the original.
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField",)
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# Static files: hashed and compressed by WhiteNoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Résumés and other private uploads: never under MEDIA_ROOT, never served by the web server.
PRIVATE_MEDIA_ROOT = Path(env("DJANGO_PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")))
# manage.py backup writes its archives here (they hold the private media too: keep it private and off the web).
BACKUP_DIR = Path(env("DJANGO_BACKUP_DIR", default=str(BASE_DIR / "backups")))

# Careers: the largest résumé accepted (bytes), and how many days applications are kept after they are
# closed (or, never handled, after they arrived) before purge_applications deletes them; the privacy notice
# states the same number.
CAREERS_RESUME_MAX_SIZE = env.int("DJANGO_CAREERS_RESUME_MAX_SIZE", default=10 * 1024 * 1024)
CAREERS_RETENTION_DAYS = env.int("DJANGO_CAREERS_RETENTION_DAYS", default=180)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Uploaded images: formats and size the site accepts (see core.validators and core.images).
MAX_IMAGE_UPLOAD_SIZE = 10 * 1024 * 1024
# Office documents are ZIP archives, judged by their central directory and never unpacked
# (core.documents): a "zip bomb" named .docx is refused.
DOCUMENT_MAX_UNPACKED_SIZE = 50 * 1024 * 1024
DOCUMENT_MAX_COMPRESSION_RATIO = 100
DOCUMENT_MAX_ZIP_ENTRIES = 2000
# The decoded size, checked from the header before decoding: pixels (all frames together) and pixels a side.
MAX_IMAGE_PIXELS = env.int("DJANGO_MAX_IMAGE_PIXELS", default=50_000_000)
MAX_IMAGE_SIDE = env.int("DJANGO_MAX_IMAGE_SIDE", default=10_000)

# Security headers (see also core.middleware.SecurityHeadersMiddleware).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Django's admin reads nothing from it; kept default-compatible.
LOGIN_URL = "admin:login"
CSRF_FAILURE_VIEW = "pages.views.csrf_failure"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    # Both reach beyond this site (every subdomain; the browsers' built-in list, hard to leave), so they are
    # opt-in: only the owner of the domain can know that every subdomain serves HTTPS.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=False)
    if SECURE_HSTS_PRELOAD and not SECURE_HSTS_INCLUDE_SUBDOMAINS:
        raise ImproperlyConfigured("DJANGO_SECURE_HSTS_PRELOAD needs DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS.")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
    # check --deploy warns about each of these when off; here off is a decision, not an oversight.
    SILENCED_SYSTEM_CHECKS = []
    if not SECURE_SSL_REDIRECT:
        # Explicitly off: a TLS-terminating proxy in front, or a local benchmark on plain HTTP.
        SILENCED_SYSTEM_CHECKS.append("security.W008")
    if not SECURE_HSTS_INCLUDE_SUBDOMAINS:
        # Off unless DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS says every subdomain serves HTTPS.
        SILENCED_SYSTEM_CHECKS.append("security.W005")
    if not SECURE_HSTS_PRELOAD:
        # Off unless DJANGO_SECURE_HSTS_PRELOAD asks for the browsers' preload list.
        SILENCED_SYSTEM_CHECKS.append("security.W021")

# Staff groups and what their members may do in the admin; core.groups keeps the groups in step with this
# table after every migrate. Keys are app labels or "app_label.model"; an app that is not installed grants nothing.
every_action = ("add", "change", "delete", "view")  # lower case: a helper, not a setting
STAFF_GROUPS = {
    # Marketing staff: the site's content and nothing else (no users, no résumés, no messages).
    "Editors": {
        "pages": every_action,
        "news": every_action,
        "products": every_action,
        "service.office": every_action,
        "service.repairstep": every_action,
    },
    # Job openings, Q&A and the privacy notice; applications to read, move through the workflow and delete
    # (never to add: they come from applicants); their history and download records to read only.
    "HR": {
        "careers.job": every_action,
        "careers.question": every_action,
        "careers.privacynotice": every_action,
        "careers.application": ("view", "change", "delete"),
        "careers.applicationevent": ("view",),
        "careers.resumedownload": ("view",),
    },
    # The inboxes of messages, inquiries and repair requests: to read, work through and delete (never to add:
    # they come from visitors), the repair photos to look at; and the sales network, whose offices route them.
    # Nothing of careers, users or the site's other content.
    "Service": {
        "service.plainmessage": ("view", "change", "delete"),
        "service.inquiry": ("view", "change", "delete"),
        "service.repairrequest": ("view", "change", "delete"),
        "service.repairphoto": ("view",),
        "service.office": every_action,
    },
}

# Public forms (core.antispam): the least time a human takes to fill one in, and how many POSTs one client
# address may send per scope ("5/10m": five per ten minutes; s, m, h or d), with overrides per scope.
FORM_MIN_FILL_SECONDS = env.int("DJANGO_FORM_MIN_FILL_SECONDS", default=3)
FORM_RATE_LIMIT = env("DJANGO_FORM_RATE_LIMIT", default="5/10m")
FORM_RATE_LIMITS = {}
# A cache that cannot count (unreachable, or a key that expired between add and incr) lets the form through
# rather than turning a visitor away; the honeypot and the fill time still apply.
RATELIMIT_FAIL_OPEN = True

# Article view counter (news.counting): the most views one client address adds in an hour, all articles together.
NEWS_VIEWS_PER_ADDRESS_PER_HOUR = 30

# Video players that may be embedded (they play in mainland China); see products.validators.
VIDEO_EMBED_HOSTS = {"player.bilibili.com", "v.qq.com", "player.youku.com"}

# Images: renditions are generated when the source is saved and never looked up
# at render time, so a page's query count does not depend on its images.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
IMAGEKIT_CACHEFILE_DIR = "renditions"
# The same names as imagekit's default namer, worked out once per spec and source (see core.images).
IMAGEKIT_SPEC_CACHEFILE_NAMER = "core.images.remembered_source_name_as_path"

# Rich text: CKEditor 5 in the admin; the stored HTML is sanitized by core.sanitize.
# Image uploads from the editor go through core.uploads.editor_image_upload.
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
# Headings, lists and quotes inside the editor look like what they are (Django admin's styles shrink them).
CKEDITOR_5_CUSTOM_CSS = "css/admin-editor.css"
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "zh-cn",
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "imageUpload",
                "insertTable",
                "|",
                "undo",
                "redo",
            ],
            # The Chinese and English editors stand side by side (core.admin.BilingualAdmin): in half the
            # width the toolbar wraps to a second line instead of hiding buttons behind a ⋮ menu.
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            # Lazy: the widget writes its config with DjangoJSONEncoder, in the admin's language.
            "options": [
                {"model": "paragraph", "title": _("Paragraph"), "class": "ck-heading_paragraph"},
                {"model": "heading2", "view": "h2", "title": _("Heading 2"), "class": "ck-heading_heading2"},
                {"model": "heading3", "view": "h3", "title": _("Heading 3"), "class": "ck-heading_heading3"},
                {"model": "heading4", "view": "h4", "title": _("Heading 4"), "class": "ck-heading_heading4"},
            ]
        },
        "image": {
            "toolbar": ["imageTextAlternative", "|", "imageStyle:alignLeft", "imageStyle:alignRight"],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
    }
}

# Logging: one line per request to stdout ("kede.request", core.middleware.RequestLogMiddleware); warnings and
# errors, with tracebacks, to stderr; with debug off, errors of a request also to ADMINS by e-mail
# (DJANGO_ADMINS: comma-separated addresses).
ADMINS = [(address, address) for address in env.list("DJANGO_ADMINS", default=[])]
# Error reports list no POST, GET or file values and no frame variables: a visitor's data never reaches a mailbox.
DEFAULT_EXCEPTION_REPORTER = "core.reporting.PrivateExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "core.reporting.PrivateExceptionReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "request": {"format": "%(asctime)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "requests": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "request"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "include_html": False,
        },
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "kede.request": {"handlers": ["requests"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        # runserver's own line per request would repeat ours.
        "django.server": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
