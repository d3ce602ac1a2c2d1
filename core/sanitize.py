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
    return TRACKING_PIXEL.sub("", cleaned).strip()
