"""Site search building blocks: the visitor's words, the in-memory index of each kind, snippets with highlights.

Each searchable model keeps two columns filled on save (:class:`core.models.SearchTextModel`):
``search_title`` (the title lower-cased, and again with letters and digits only, so ``kd68`` finds
"KD-68") and ``search_text`` (summary and the rich text as plain text: HTML is stripped once, at save).
Each kind of result reads its visible rows in one query into a :class:`TextIndex`, kept in each process
for the current content version (see core.cache: any edit, publication time or closing date starts a new
one). Matching is done in Python on lower-cased text: a substring test, so Chinese words need no
tokenizer, ``%`` and ``_`` are ordinary characters, and SQLite and PostgreSQL give the same results because
neither database decides them.
"""

import difflib
import html
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .cache import content_version
from .chinese import to_simplified

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
    """Texts joined into one search column."""
    return "\n".join(part for part in parts if part)


def searchable_title(title):
    """The title lower-cased, and again as letters and digits only (a model number typed any way)."""
    return searchable((title or "").lower(), normalize_model_number(title))


def visible_characters(value):
    """``value`` without control and format characters (NUL, direction marks, zero-width spaces)."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in value)


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
        # The content is written in Simplified characters: words typed in Traditional ones (破碎錘) match too.
        simplified = to_simplified(keyword).lower()
        terms = list(dict.fromkeys(simplified.split(" "))) if keyword else []
        if len(terms) > MAX_TERMS:
            self.notices.append(_("Only the first %(n)s words were searched for.") % {"n": MAX_TERMS})
            terms = terms[:MAX_TERMS]
        self.keyword = keyword
        self.terms = terms
        self.model_key = normalize_model_number(simplified)

    def __bool__(self):
        return bool(self.terms)

    def pattern(self):
        """A regular expression that finds the words in original text, longest first, any case."""
        words = sorted(self.terms, key=len, reverse=True)
        return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE) if words else None


def lowered(text):
    """``text`` lower-cased, the same object when nothing changes (Chinese text: no second copy in memory)."""
    low = text.lower()
    return text if low == text else low


@dataclass(slots=True)
class Entry:
    """One visible row in an index: ``key`` is where a model number is looked for, ``title`` and ``text``
    are lower-cased (``text`` includes the title), ``row`` holds what the kind needs to show the hit.
    ``text`` from ``cut`` on is the text a snippet is cut from; ``original`` keeps it only when lower-casing
    changed it (Chinese text is kept once)."""

    key: str
    title: str
    text: str
    row: tuple
    cut: int = 0
    original: str | None = None
    number: int = 0


class TextIndex:
    """A kind's visible rows in its own order (newest article first…).

    The lower-cased texts are joined into one string, and so are the model-number keys, with NUL between
    entries (no word contains one: :class:`SearchQuery` drops control characters): finding a word is one
    ``str.find`` per hit across the whole kind, an entry's number a bisection of the start offsets.
    """

    def __init__(self, entries):
        self.entries = entries
        self.text, self.text_starts = self._join(entry.text for entry in entries)
        self.keys, self.key_starts = self._join(entry.key for entry in entries)
        for number, entry in enumerate(entries):
            entry.text = entry.key = None  # kept once, in the joined strings
            entry.number = number

    @staticmethod
    def _join(texts):
        starts, offset, parts = [], 0, []
        for text in texts:
            starts.append(offset)
            parts.append(text)
            offset += len(text) + 1
        return "\0".join(parts), starts

    @staticmethod
    def _containing(joined, starts, needle):
        """The numbers of the entries whose text holds ``needle``, in order."""
        found, position = [], joined.find(needle)
        while position != -1:
            number = bisect_right(starts, position) - 1
            found.append(number)
            following = starts[number + 1] if number + 1 < len(starts) else len(joined)
            position = joined.find(needle, following)
        return found

    def snippet_text(self, entry):
        """The text a snippet of ``entry`` is cut from, in its original case."""
        if entry.original is not None:
            return entry.original
        number, starts = entry.number, self.text_starts
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(self.text)
        return self.text[starts[number] + entry.cut : end]

    def find(self, query):
        """The entries holding every word (or the whole query as a model number): model-number hits
        first, then those with every word in the title, then the rest, each in the index's order."""
        terms, key = sorted(query.terms, key=len, reverse=True), query.model_key
        key_hits = set(self._containing(self.keys, self.key_starts, key)) if key else set()
        if any("\0" in term for term in terms):
            terms = []  # NUL joins the entries: no text holds it, and a word with one would match them all
        word_hits = set(self._containing(self.text, self.text_starts, terms[0])) if terms else set()
        for term in terms[1:]:
            if not word_hits:
                break
            word_hits.intersection_update(self._containing(self.text, self.text_starts, term))
        model_hits, title_hits, others = [], [], []
        for number in sorted(key_hits | word_hits):
            entry = self.entries[number]
            if number in key_hits:
                model_hits.append(entry)
            elif all(term in entry.title for term in terms):
                title_hits.append(entry)
            else:
                others.append(entry)
        return model_hits + title_hits + others


class CloseWords:
    """``difflib.get_close_matches`` over a fixed list of words, answering the same, faster on a long list.

    difflib computes each word's ``quick_ratio`` (2 × the characters two strings share, as multisets, over
    their total length) before the costly ``ratio``; here the shared characters of every word come from an
    index of which words hold which character, so only the words that can reach ``cutoff`` go to difflib."""

    def __init__(self, words):
        self.words = list(words)
        self.holding = {}  # a character → [numbers of the words holding it at least once, at least twice…]
        for number, word in enumerate(self.words):
            for char, count in Counter(word).items():
                levels = self.holding.setdefault(char, [])
                levels.extend([] for _ in range(count - len(levels)))
                for level in levels[:count]:
                    level.append(number)

    def close(self, word, n=3, cutoff=0.6):
        if not word:  # difflib rates two empty strings 1.0: nothing to narrow
            return difflib.get_close_matches(word, self.words, n=n, cutoff=cutoff)
        shared = Counter()  # a word's number → the characters it shares with ``word`` (counted in C)
        for char, wanted in Counter(word).items():
            for level in self.holding.get(char, ())[:wanted]:
                shared.update(level)
        length, words = len(word), self.words
        candidates = [
            words[number] for number in sorted(shared) if 2.0 * shared[number] / (len(words[number]) + length) >= cutoff
        ]
        return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)


_indexes = {}


def cached_index(name, build):
    """``build()`` (a :class:`TextIndex`), kept in this process while the content version stands, one per
    content language: its rows hold the titles a results page shows (English ones on /en/, else the Chinese;
    /zh-hant/ shares the Simplified index and is converted with the page)."""
    from modeltranslation.utils import get_language

    version = content_version()
    key = (name, get_language())
    cached = _indexes.get(key)
    if cached is None or cached[0] != version:
        cached = (version, build())
        _indexes[key] = cached
    return cached[1]


def text_entry(search_title, search_text, row):
    """An entry of a :class:`core.models.SearchTextModel` row from its two search columns."""
    low = lowered(search_text)
    original = None if low is search_text else search_text
    return Entry(search_title, search_title, f"{search_title}\n{low}", row, len(search_title) + 1, original)


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
            row.search_text = searchable(*others)
        queryset.model._base_manager.bulk_update(rows, ["search_title", "search_text"])
        done += len(rows)
        last = rows[-1].pk
