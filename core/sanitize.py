"""The one place that decides which HTML survives in stored rich text.

Everything editors paste or type goes through :func:`clean_html` before it is
saved: scripts, styles, iframes, event attributes, ``javascript:`` URLs and any
tag or attribute not listed here are removed.
"""

import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
    "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small",
    "blockquote", "pre", "code",
    "ul", "ol", "li",
    "a", "img", "figure", "figcaption",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
}  # fmt: skip

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
}

# CKEditor 5 marks image alignment with these classes; no other class is kept.
ALLOWED_CLASSES = {
    "figure": {"image", "table", "image-style-side", "image-style-align-left", "image-style-align-right"},
}

URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Tracking pixels (pasted with newsletters and Word documents): an image from another site that
# is 1 × 1 (or 0) pixels. Matched on nh3's output, whose attributes are always double-quoted.
TRACKING_PIXEL = re.compile(
    r'<img\b(?=[^>]*\ssrc="(?:https?:)?//)(?=[^>]*\swidth="[01](?:px)?")(?=[^>]*\sheight="[01](?:px)?")[^>]*>',
    re.IGNORECASE,
)

# Every image gets an alt attribute: one the editor left empty becomes alt="" (see with_alt). Matched on nh3's
# output, where every attribute is name="value" with " and > escaped inside the value.
IMG_TAG = re.compile(r"<img\b([^>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'\s([^\s="]+)="([^"]*)"')


def _attributes(img_match):
    return {name.lower(): value for name, value in ATTRIBUTE.findall(img_match.group(1))}


def with_alt(match):
    """An image without alt text gets ``alt=""``: a screen reader then passes over it instead of reading out its
    address (a random file name). Not the page title: repeated on every image it would describe none of them,
    and an editor who wants a description writes one in the editor (the admin warns while any is missing)."""
    if "alt" in _attributes(match):
        return match.group(0)
    return f'<img{match.group(1)} alt="">'


def images_without_alt(html: str) -> int:
    """How many images in sanitized ``html`` have an empty alt text."""
    return sum(not _attributes(match).get("alt", "").strip() for match in IMG_TAG.finditer(html or ""))


def clean_html(value: str) -> str:
    """Return ``value`` reduced to the allow-listed HTML."""
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return IMG_TAG.sub(with_alt, TRACKING_PIXEL.sub("", cleaned)).strip()
