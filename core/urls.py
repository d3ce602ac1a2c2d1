"""Absolute addresses of the site, always from the configured public address (``DJANGO_SITE_URL``).

Canonical links, hreflang alternates, the sitemap, robots.txt, Open Graph, JSON-LD, share QR codes and
e-mails all build their absolute links here, so a forged or internal ``Host`` header never reaches them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import to_locale


def absolute_url(path: str) -> str:
    """``settings.SITE_URL`` + ``path`` (a site path starting with ``/``; an absolute URL passes through)."""
    if urlsplit(path).scheme:
        return path
    return settings.SITE_URL + "/" + path.lstrip("/")


def site_parts() -> tuple[str, str]:
    """(protocol, domain) of the public address, as Django's sitemap framework wants them."""
    parts = urlsplit(settings.SITE_URL)
    return parts.scheme, parts.netloc


def hreflang(language_code: str) -> str:
    """The BCP 47 tag of a language of settings.LANGUAGES: ``zh-hans`` → ``zh-Hans``, ``en`` → ``en``."""
    return to_locale(language_code).replace("_", "-")


# Open Graph wants language_TERRITORY; Chinese scripts map to their main territory.
OG_LOCALES = {"zh-hans": "zh_CN", "zh-hant": "zh_TW", "en": "en_US"}


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, to_locale(language_code))
