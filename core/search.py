"""Site search building blocks: the visitor's words, the stored search text, snippets with highlights.

Matching runs on two lower-cased columns each searchable model fills when it is saved
(:class:`core.models.SearchTextModel`): ``search_title`` (the title, and the title with only letters
and digits, so ``kd68`` finds "KD-68") and ``search_text`` (title, summary, the body's plain text).
The visitor's words are lower-cased the same way in Python, so a plain ``LIKE '%word%'`` gives the
same rows on SQLite and on PostgreSQL (neither database's own case folding is involved), and
HTML is stripped once, at save, never while searching.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

MAX_QUERY_LENGTH = 60
MAX_TERMS = 6
SNIPPET_LENGTH = 80


def normalize_model_number(value):
    """'KD-68 B' and 'kd68b' are the same model number."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", (value or "").lower())


def plain_text(markup):
    """The visible text of stored rich text: tags dropped, entities decoded, whitespace collapsed."""
    text = strip_tags(re.sub(r"<(br|/p|/h\d|/li|/div|/tr|/td|/th|/blockquote)\b[^>]*>", " ", markup or ""))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def searchable(*parts):
    """Texts joined into one lower-cased search column."""
    return "\n".join(part.lower() for part in parts if part)


def searchable_title(title):
    """The title lower-cased, and again as letters and digits only (a model number typed any way)."""
    return searchable(title, normalize_model_number(title))


def visible_characters(value):
    """``value`` without control and format characters (NUL, direction marks, zero-width spaces)."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in value)


def has(column, text):
    """``text`` occurs in ``column``: INSTR on SQLite, STRPOS on PostgreSQL (Django's ``StrIndex``), an exact
    substring test on both, with no wildcard to escape and no collation or case folding of the database's
    own: the column and the words are lower-cased in Python."""
    return GreaterThan(StrIndex(column, Value(text)), 0)


class SearchQuery:
    """What a visitor typed, made safe: capped, split into words, with a model-number key.

    ``notices`` says in the visitor's language what was changed; nothing typed fails the page.
    """

    def __init__(self, raw):
        self.notices = []
        keyword = re.sub(r"\s+", " ", visible_characters(raw or "")).strip()
        if len(keyword) > MAX_QUERY_LENGTH:
            self.notices.append(_("The search was shortened to its first %(n)s characters.") % {"n": MAX_QUERY_LENGTH})
            keyword = keyword[:MAX_QUERY_LENGTH].strip()
        terms = list(dict.fromkeys(keyword.lower().split(" "))) if keyword else []
        if len(terms) > MAX_TERMS:
            self.notices.append(_("Only the first %(n)s words were searched for.") % {"n": MAX_TERMS})
            terms = terms[:MAX_TERMS]
        self.keyword = keyword
        self.terms = terms
        self.model_key = normalize_model_number(keyword)

    def __bool__(self):
        return bool(self.terms)

    def text_filter(self):
        """Every word in the search text (or the whole query as a model number in the title)."""
        condition = Q()
        key_hit = has("search_title", self.model_key) if self.model_key not in ("", *self.terms) else None
        for term in self.terms:
            word = Q(has("search_text", term))
            condition &= word | key_hit if key_hit is not None else word
        return condition

    def title_filter(self):
        """Every word, or the model number, in the title: such hits rank first."""
        condition = Q()
        for term in self.terms:
            condition &= Q(has("search_title", term))
        if self.model_key not in ("", *self.terms):
            condition |= Q(has("search_title", self.model_key))
        return condition

    def pattern(self):
        """A regular expression that finds the words in original text, longest first, any case."""
        words = sorted(self.terms, key=len, reverse=True)
        return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE) if words else None


def ranked(queryset, query):
    """The rows of ``queryset`` whose search text holds every word, annotated ``rank``: 2 for a title hit,
    1 for a hit elsewhere. The caller orders by ``-rank`` and its own order."""
    rank = Case(When(query.title_filter(), then=Value(2)), default=Value(1), output_field=IntegerField())
    return queryset.filter(query.text_filter()).annotate(rank=rank)


@dataclass
class SearchHit:
    """One search result as the results page shows it: ``title`` and ``snippet`` are escaped HTML."""

    url: str
    title: str
    snippet: str = ""
    meta: str = ""


def highlight(text, query):
    """``text`` escaped, with the query's words wrapped in ``<mark>``."""
    pattern = query.pattern()
    if pattern is None or not text:
        return escape(text or "")
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))


def snippet(texts, query, length=SNIPPET_LENGTH):
    """About ``length`` characters around the first hit in the first of ``texts`` that has one (else the
    start of the first non-empty text), escaped, with the words highlighted."""
    texts = [text for text in texts if text]
    if not texts:
        return ""
    pattern = query.pattern()
    chosen, start = texts[0], 0
    for text in texts:
        found = pattern.search(text) if pattern else None
        if found:
            chosen, start = text, max(0, found.start() - length // 4)
            break
    end = min(len(chosen), start + length)
    if end - start < length:
        start = max(0, end - length)
    piece = chosen[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(chosen) else ""
    return mark_safe(f"{prefix}{highlight(piece, query)}{suffix}")


def fill_search_columns(queryset, parts, batch_size=500):
    """Fill ``search_title`` and ``search_text`` of every row of ``queryset``, ``parts(row)`` giving
    ``(title, [other texts…])``: for rows written without ``save()`` (a migration, a bulk import).
    Reads and writes in batches of ``batch_size``; returns the number of rows."""
    done, last = 0, None
    while True:
        rows = queryset.order_by("pk")
        if last is not None:
            rows = rows.filter(pk__gt=last)
        rows = list(rows[:batch_size])
        if not rows:
            return done
        for row in rows:
            title, others = parts(row)
            row.search_title = searchable_title(title)
            row.search_text = searchable(row.search_title, *others)
        queryset.model._base_manager.bulk_update(rows, ["search_title", "search_text"])
        done += len(rows)
        last = rows[-1].pk
