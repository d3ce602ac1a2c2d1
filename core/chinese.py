"""Simplified ↔ Traditional Chinese with OpenCC: the /zh-hant/ pages, the zh_Hant catalogue, search input.

The site's content is written once, in Simplified characters. The Traditional view is converted from it
when a page is rendered (``convert_html``), with the phrase tables named by ``settings.ZH_HANT_CONFIG``
(``s2tw`` by default); what a visitor types in Traditional characters is converted back with
``to_simplified`` before it is matched against the content.

Terms that must stay exactly as written (brand and model names, the company's registered name) are
passed as ``protected``: the text is split around them and only the pieces between are converted, so a
term is neither changed nor joined into a phrase with its neighbours.
"""

import functools
import re

import opencc
from django.conf import settings

# Configurations OpenCC ships that write Traditional characters from Simplified ones.
TRADITIONAL_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk")

NON_ASCII = re.compile(r"[^\x00-\x7f]")
# For a maker of excavator buckets 斗 is a bucket (挖斗, 岩石斗, 斗容, 斗齿), which OpenCC writes 鬥 ("fight")
# unless it knows the word: such a 斗 is always kept. Only next to a character that makes it "fight"
# (奋斗, 战斗, 斗争, 斗志…) does OpenCC convert it.
BUCKET = r"(?<![奋战争搏格打决械好缠激苦恶])斗(?![争志士智殴牛嘴气胆法艳殴])"

# The HTML tokenizer: comments, raw-text elements (kept whole), tags, and the text between them.
TOKEN = re.compile(
    r"(<!--.*?-->|<(script|style|textarea)\b[^>]*>.*?</\2\s*>|<[^>]*>)",
    re.DOTALL | re.IGNORECASE,
)
TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
# Attributes whose values are words a visitor reads (never URLs, names or values a form submits).
TEXT_ATTRIBUTE = re.compile(r'(\s(?:alt|title|placeholder|aria-label|aria-description|content)=")([^"]*)(")')
# <meta content> is text only for these names and properties (not og:url, og:image…).
META_TEXT = re.compile(
    r'\s(?:name|property)="(?:description|keywords|og:title|og:description|og:site_name|twitter:title|twitter:description)"'
)
JSON_LD = re.compile(r'<script\b[^>]*\stype="application/ld\+json"', re.IGNORECASE)
NO_TRANSLATE = re.compile(r'\stranslate="no"', re.IGNORECASE)
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@functools.cache
def converter(config):
    if config not in (*TRADITIONAL_CONFIGS, "t2s"):
        raise ValueError(f"Unknown OpenCC configuration {config!r}")
    return opencc.OpenCC(config)


def _convert(text, config, protected):
    if not NON_ASCII.search(text):
        return text
    convert = converter(config).convert
    if protected is None:
        return convert(text)
    pieces = protected.split(text)
    # split() with one group: even items are the text between terms, odd items the terms themselves.
    return "".join(piece if index % 2 else (convert(piece) if piece else piece) for index, piece in enumerate(pieces))


@functools.lru_cache(maxsize=64)
def protected_pattern(terms):
    """One regular expression for a tuple of terms, longest first (so a term inside a longer one loses),
    and the bucket's 斗."""
    terms = sorted({term for term in terms if term and NON_ASCII.search(term)}, key=len, reverse=True)
    return re.compile("(" + "|".join([*(re.escape(term) for term in terms), BUCKET]) + ")")


def to_traditional(text, protected=(), config=None):
    """``text`` in Traditional characters, ``protected`` terms kept as they are."""
    return _convert(text, config or settings.ZH_HANT_CONFIG, protected_pattern(tuple(protected)))


def to_simplified(text):
    """``text`` in Simplified characters: what a visitor typed, before it is matched against the content.

    Simplified input comes back unchanged, so search code can call this on every query (破碎錘 → 破碎锤).
    """
    return _convert(text, "t2s", None)


def convert_html(html, protected=(), config=None):
    """An HTML page in Traditional characters.

    Only what a reader sees is converted: the text between tags and the values of the text attributes
    (``alt``, ``title``, ``placeholder``, ``aria-label``, and ``content`` of the description and Open Graph
    text metas), and JSON-LD structured data (its keys and URLs are ASCII, which OpenCC leaves alone).
    Tags, URLs, form values, CSRF tokens, other ``<script>``, ``<style>`` and ``<textarea>`` contents,
    comments, and every element marked ``translate="no"`` (with what it holds) stay exactly as they were.
    """
    config = config or settings.ZH_HANT_CONFIG
    pattern = protected_pattern(tuple(protected))
    out = []
    texts = []  # positions in ``out`` of the text to convert, converted together at the end
    skipping = None  # (tag name, depth) while inside an element marked translate="no"
    for index, token in enumerate(TOKEN.split(html)):
        kind = index % 3  # split() with two groups: text, token, inner group (the raw element's name)
        if kind == 2 or token is None:
            continue
        if kind == 0:
            if not skipping and NON_ASCII.search(token):
                texts.append(len(out))
            out.append(token)
            continue
        if not skipping and "translate=" not in token and not NON_ASCII.search(token):
            out.append(token)  # most tags: nothing to read, nothing to skip
            continue
        name = TAG_NAME.match(token)
        if not skipping and JSON_LD.match(token):
            # Structured data: its keys and URLs are ASCII, its names and descriptions are text.
            out.append(_convert(token, config, pattern))
            continue
        if skipping:
            if name and name.group(2).lower() == skipping[0]:
                depth = skipping[1] + (-1 if name.group(1) else 1)
                skipping = (skipping[0], depth) if depth else None
            out.append(token)
            continue
        if name and not name.group(1) and token.startswith("<") and not token.startswith("<!"):
            tag = name.group(2).lower()
            if NO_TRANSLATE.search(token):
                if tag not in VOID_ELEMENTS and not token.endswith("/>"):
                    skipping = (tag, 1)
                out.append(token)
                continue
            if NON_ASCII.search(token) and (tag != "meta" or META_TEXT.search(token)):
                token = TEXT_ATTRIBUTE.sub(
                    lambda match: match.group(1) + _convert(match.group(2), config, pattern) + match.group(3), token
                )
        out.append(token)
    _convert_together(out, texts, config, pattern)
    return "".join(out)


# Not in any OpenCC dictionary, so it ends every phrase: the pieces of a page are converted in one call.
SEPARATOR = "\ue000"


def _convert_together(out, positions, config, pattern):
    """Convert ``out[i]`` for every ``i`` in ``positions`` with one call to OpenCC (a call per piece costs more
    than the conversion), each piece on its own as if converted alone."""
    pieces = [out[i] for i in positions]
    if not pieces:
        return
    if any(SEPARATOR in piece for piece in pieces):  # a page that holds the separator itself: piece by piece
        converted = [_convert(piece, config, pattern) for piece in pieces]
    else:
        converted = _convert(SEPARATOR.join(pieces), config, pattern).split(SEPARATOR)
    for i, text in zip(positions, converted, strict=True):
        out[i] = text
