"""What search engines and sharing read in a page: canonical and alternate links, the description text,
Open Graph, JSON-LD and the share QR code. Every absolute address comes from core.urls (DJANGO_SITE_URL)."""

import functools
import html
import json
import re
from html.parser import HTMLParser

import segno
from django import template
from django.conf import settings
from django.core.paginator import Page
from django.urls import translate_url
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from core.translation import untranslated_languages
from core.urls import absolute_url, hreflang, og_locale

register = template.Library()

DESCRIPTION_LENGTH = 120


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: render the body once (blocks inside it stay overridable)
    and keep the result in ``name``, so the title and description can be used in several tags."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def meta_text(value, length=DESCRIPTION_LENGTH):
    """Rendered HTML (or plain text) → one line of plain text of at most ``length`` characters, for
    ``<meta name="description">``, ``og:title``… (the template escapes the result again)."""
    text = html.unescape(strip_tags(html.unescape(str(value))))
    text = re.sub(r"\s+", " ", text).strip()
    return Truncator(text).chars(int(length), truncate="…")


def page_number(context):
    """The page of a paginated list this is (the view's ``page_obj`` or the message board), else 1."""
    for name in ("page_obj", "board"):
        page = context.get(name)
        if isinstance(page, Page):
            return page.number
    return 1


def canonical_path(context, path=None):
    """The path without any query (tracking, finder and filter parameters drop out) but with ``?page=N`` when
    N > 1: each page of a list is a page of its own."""
    request = context.get("request")
    path = path if path is not None else (request.path if request else "/")
    number = page_number(context)
    return f"{path}?page={number}" if number > 1 else path


@register.simple_tag(takes_context=True)
def canonical_url(context):
    return absolute_url(canonical_path(context))


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """[(hreflang, absolute URL)] of this page in every language of settings.LANGUAGES, then x-default (the
    default language's address)."""
    request = context.get("request")
    if request is None:
        return []
    # An object without an English title or name has no English page worth naming (see core.sitemaps).
    shown = context.get("object") or context.get("category")  # a detail page's object, a category's page
    missing = untranslated_languages(shown) if shown is not None else set()
    links = []
    for code, _name in settings.LANGUAGES:
        if code in missing:
            continue
        links.append((hreflang(code), absolute_url(canonical_path(context, translate_url(request.path, code)))))
    default = translate_url(request.path, settings.LANGUAGE_CODE)
    links.append(("x-default", absolute_url(canonical_path(context, default))))
    return links


@register.simple_tag(takes_context=True)
def og_locales(context):
    """(og:locale, [og:locale:alternate…]) for the current language."""
    current = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    return og_locale(current), [og_locale(code) for code, _name in settings.LANGUAGES if code != current]


@register.simple_tag
def absolute(path):
    return absolute_url(path) if path else ""


def json_script_text(data) -> str:
    """JSON that cannot end its ``<script>`` element early: ``<``, ``>`` and ``&`` become ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@register.filter
def json_ld(data):
    """``{{ data|json_ld }}``: a ``<script type="application/ld+json">`` block (not executed by browsers, so
    the site's ``script-src 'self'`` policy lets it be)."""
    if not data:
        return ""
    return mark_safe(f'<script type="application/ld+json">{json_script_text(data)}</script>')  # noqa: S308


class BreadcrumbParser(HTMLParser):
    """The crumbs of a rendered ``<nav class="breadcrumbs"><ol><li>…`` as [(name, href or None)]."""

    def __init__(self):
        super().__init__()
        self.crumbs, self.depth, self.current = [], 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and "breadcrumbs" in (attrs.get("class") or "").split():
            self.depth = 1
        elif self.depth and tag == "li":
            self.current = ["", None]
        elif self.current is not None and tag == "a" and self.current[1] is None:
            self.current[1] = attrs.get("href")

    def handle_endtag(self, tag):
        if self.depth and tag == "li" and self.current is not None:
            self.crumbs.append((re.sub(r"\s+", " ", self.current[0]).strip(), self.current[1]))
            self.current = None
        elif tag == "nav":
            self.depth = 0

    def handle_data(self, data):
        if self.current is not None:
            self.current[0] += data


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, rendered):
    """A BreadcrumbList of the breadcrumb trail the page shows (whatever template drew it); the current page,
    which is not a link, is the canonical address."""
    parser = BreadcrumbParser()
    parser.feed(str(rendered))
    crumbs = [(name, href) for name, href in parser.crumbs if name]
    if len(crumbs) < 2:
        return ""
    current = canonical_path(context)
    items = [
        {"@type": "ListItem", "position": position, "name": name, "item": absolute_url(href or current)}
        for position, (name, href) in enumerate(crumbs, start=1)
    ]
    return json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})


@functools.lru_cache(maxsize=512)
def qr_svg(url: str, label: str) -> str:
    """An inline SVG QR code of ``url`` (segno, medium error correction), kept per process (bounded): the page
    itself is cached, this saves the work when the page is rendered again (another language, a new version)."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=4, border=4, dark="#000", light="#fff", svgclass="share-qr__code")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


@register.inclusion_tag("includes/_share.html", takes_context=True)
def share_area(context):
    """The WeChat share area: a QR code of the page's canonical address, for opening it on a phone."""
    url = absolute_url(canonical_path(context))
    label = gettext("QR code of this page's address: %(url)s") % {"url": url}
    return {"share_url": url, "qr_svg": mark_safe(qr_svg(url, label))}  # noqa: S308 - segno's own markup
