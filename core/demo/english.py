"""The English texts of the demo content: each app's ``demo/content_en.py`` holds them, its seeder writes them.

``ENGLISH`` in a ``content_en.py`` maps a model label to ``{lookup value: {field: English text}}``; the row is
found by its slug (Category, Product, Case, NewsCategory, Article, Job), its path (Page, e.g. ``"/about/"``),
its version (PrivacyNotice), the key ``"site"`` (SiteSettings) or else the Chinese text of its first
translated field (SpecField's name, Video's title, Question's question…; every row with that text gets the
English). A field is named without
its language (``"name"``); the text goes to ``name_en``.

Like the rest of ``seed_demo`` it never overwrites an editor's work: an English text is written where the
row has none yet (the first run, or rows seeded before the content was bilingual), and brought back to the
demo text only inside ``restoring()`` (``seed_demo --reset``). Rich text is sanitized as a save would.
Each model's changed rows are written in one bulk UPDATE (their search columns included, so an English
word finds them), and a lookup that finds no row is counted and logged, never an error.
"""

import logging

from django.apps import apps

from ..cache import content_changed
from ..models import SearchTextModel
from ..translation import main_text_field
from .seeding import is_restoring

logger = logging.getLogger("kede.demo")

LANGUAGE = "en"
LOOKUP_FIELDS = {
    "products.Category": "slug",
    "products.Product": "slug",
    "products.Case": "slug",
    "news.NewsCategory": "slug",
    "news.Article": "slug",
    "careers.Job": "slug",
    "pages.Page": "path",
    "careers.PrivacyNotice": "version",
}
# The first translated field of the models found by their Chinese text (see each app's translation.py).
TEXT_LOOKUPS = {"careers.Question": "question", "pages.Banner": "title", "pages.Honor": "title"}
WRITTEN, UNKNOWN = "English texts written", "English texts without a row"


def lookup_field(label, model):
    if label in LOOKUP_FIELDS:
        return LOOKUP_FIELDS[label]
    if label == "pages.SiteSettings":
        return "pk"
    field = TEXT_LOOKUPS.get(label) or main_text_field(model())
    return f"{field}_zh_hans"


def lookup_key(label, key):
    """The stored value ``key`` names: ``"site"`` is the one SiteSettings row; a Page's ``"/about/"`` is stored
    as ``"about/"``."""
    if label == "pages.SiteSettings":
        return 1
    if label == "pages.Page":
        return key.strip("/") + "/"
    return key


def write_english(counts, english):
    """Set the demo rows' English texts from ``english`` (a ``content_en.ENGLISH``); counts into ``counts``."""
    changed_any = False
    for label, texts in english.items():
        model = apps.get_model(label)
        field = lookup_field(label, model)
        keys = {lookup_key(label, key): key for key in texts}
        rows = list(model._base_manager.filter(**{f"{field}__in": list(keys)}))
        found = set()
        changed_rows, changed_fields = [], set()
        for row in rows:
            key = keys[getattr(row, "pk" if field == "pk" else field)]
            found.add(key)
            written = _set_english(row, texts[key])
            if written:
                changed_rows.append(row)
                changed_fields |= written
                counts[WRITTEN] += len(written)
        for key in texts:
            if key not in found:
                counts[UNKNOWN] += 1
                logger.warning("Demo English for %s %r: no such row.", label, key)
        if changed_rows:
            if issubclass(model, SearchTextModel):
                for row in changed_rows:
                    row.fill_search_text()
                changed_fields |= {"search_title", "search_text"}
            model._base_manager.bulk_update(changed_rows, sorted(changed_fields), batch_size=500)
            changed_any = True
    if changed_any:
        content_changed()
    return counts


def _set_english(row, texts):
    """Put ``texts`` into ``row``'s empty English fields (all of them when restoring); the field names set."""
    written = set()
    for name, text in texts.items():
        attname = f"{name}_{LANGUAGE}"
        field = row._meta.get_field(attname)
        current = getattr(row, attname)
        if current and not is_restoring():
            continue  # an editor's (or an earlier run's) English stays
        setattr(row, attname, text)
        value = field.pre_save(row, add=False)  # rich text is sanitized as a save would
        if value != current:
            setattr(row, attname, value)
            written.add(attname)
    return written
