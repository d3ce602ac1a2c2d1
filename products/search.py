"""What the site search (pages.search) finds in the catalog: products, project cases and videos."""

import difflib
from dataclasses import dataclass
from itertools import groupby
from typing import NamedTuple

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.search import CloseWords, Entry, SearchHit, TextIndex, cached_index, highlight, lowered, snippet, text_entry

from .catalog import catalog_tree
from .models import Case, Product, Video


@dataclass(frozen=True)
class FinderQuery:
    """What :meth:`core.search.TextIndex.find` reads of a query: lower-cased words and a model-number key."""

    terms: list
    model_key: str

    def __bool__(self):
        return bool(self.terms or self.model_key)


class ProductRow(NamedTuple):
    """What the products index keeps of a product beside its texts: for a search hit and for the finder."""

    title: str  # name and model number, as shown
    summary: str
    slug: str
    category_slug: str
    category_id: int
    pk: int
    model_number: str  # lower-cased, for the finder's suggestions
    name: str  # lower-cased, in the index's language (the entry's title holds both languages)


class ProductSearch:
    """Name, model number, summary and spec values: a model-number hit first, then every word in the name, then
    the rest, each in catalog order. The product finder's keyword uses the same index (:meth:`finder_matches`)."""

    kind = "products"
    label = _("Products")

    def index(self):
        return cached_index("products", self.build)

    def build(self):
        rows = (
            Product.objects.published()
            .order_by("order", "-pk")
            .values_list(
                "pk", "name", "model_number", "model_key", "summary", "slug", "category__slug", "category_id",
                "name_zh_hans", "name_en", "summary_zh_hans", "summary_en", "specs__value",
            )
        )  # fmt: skip
        entries = []
        for pk, group in groupby(rows, key=lambda row: row[0]):
            group = list(group)
            _, name, model_number, model_key, summary, slug, category_slug, category_id, *texts, _ = group[0]
            specs = [row[-1] for row in group if row[-1]]
            # The shown name first, then the Chinese and English texts: found in either language.
            names = dict.fromkeys(filter(None, [name, texts[0], texts[1]]))
            text = lowered("\n".join([*names, model_number, *dict.fromkeys(filter(None, texts[2:])), *specs]))
            row = ProductRow(
                f"{name} {model_number}".strip(), summary, slug, category_slug, category_id, pk,
                model_number.lower(), lowered(name),
            )  # fmt: skip
            entries.append(Entry(model_key, lowered(" ".join(names)), text, row))
        return TextIndex(entries)

    def hit(self, entry, query, text):
        row = entry.row
        category = catalog_tree().by_id.get(row.category_id)  # its name in the page's language
        return SearchHit(
            url=reverse("products:detail", kwargs={"category": row.category_slug, "slug": row.slug}),
            title=highlight(row.title, query),
            snippet=snippet([row.summary], query),
            meta=category.name if category is not None else "",
        )

    def finder_matches(self, terms, model_key, category_ids=None):
        """The product finder's keyword over the index: the pks of the
        published products holding every word in name, model number, summary or a spec value, or the model
        number in their model-number key; model-number hits first, then every word in the name, then the rest,
        each in catalog order. ``category_ids`` (a type's or subcategory's subtree) narrows it.
        Matching is a substring test on lower-cased text, so ``%`` and ``_`` are ordinary characters."""
        found = self.index().find(FinderQuery([term.lower() for term in terms if term], model_key))
        if category_ids is None:
            return [entry.row.pk for entry in found]
        return [entry.row.pk for entry in found if entry.row.category_id in category_ids]

    def finder_names(self, scope=None, limit=2000):
        """For the finder's suggestions: the lower-cased names and model numbers of the first ``limit`` published
        products (of product type ``scope``) in catalog order, each giving its product's pk (a later product
        wins a name they share), and a :class:`CloseWords` of them. Kept in this process per content version
        and type, like the index."""

        def build():
            category_ids = frozenset(catalog_tree().subtree_ids(scope)) if scope is not None else None
            names, taken = {}, 0
            for entry in self.index().entries:
                if taken == limit:
                    break
                row = entry.row
                if category_ids is not None and row.category_id not in category_ids:
                    continue
                taken += 1
                names[row.name] = row.pk
                if row.model_number:
                    names[row.model_number] = row.pk
            return names, CloseWords(names)

        return cached_index(f"finder-names:{scope.pk if scope is not None else ''}", build)

    def suggest(self, query, limit=4):
        """For a search that found nothing: the product types and subcategories whose name is closest to the
        words, else the product types. Read from the category tree the page has loaded anyway: no query."""
        tree = catalog_tree()
        visible = [category for category in tree.categories if category.pk in tree.visible_ids]
        names = {}
        for category in visible:
            for name in filter(None, [category.name, category.name_en]):
                names.setdefault(name.lower(), category)
        close = difflib.get_close_matches(query.keyword.lower(), list(names), n=limit * 2, cutoff=0.3)
        found = list(dict.fromkeys(names[name] for name in close))[:limit]
        return found or tree.roots()[: limit * 2]


class CaseSearch:
    kind = "cases"
    label = _("Project cases")

    def index(self):
        return cached_index("cases", self.build)

    def build(self):
        rows = Case.objects.published().order_by("-date", "-pk")
        fields = ("search_title", "search_text", "slug", "title", "location", "date")
        return TextIndex([text_entry(row[0], row[1], row[2:]) for row in rows.values_list(*fields)])

    def hit(self, entry, query, text):
        slug, title, location, date = entry.row
        return SearchHit(
            url=reverse("products:case", kwargs={"slug": slug}),
            title=highlight(title, query),
            snippet=snippet([text], query),
            meta=" · ".join(filter(None, [location, date_format(date) if date else ""])),
        )


class VideoSearch:
    kind = "videos"
    label = _("Product videos")

    def index(self):
        return cached_index("videos", self.build)

    def build(self):
        rows = Video.objects.published().order_by("order", "pk")
        fields = ("search_title", "search_text", "pk", "title")
        return TextIndex([text_entry(row[0], row[1], row[2:]) for row in rows.values_list(*fields)])

    def hit(self, entry, query, text):
        pk, title = entry.row
        return SearchHit(
            url=f"{reverse('products:videos')}#video-{pk}",
            title=highlight(title, query),
            snippet=snippet([text], query),
        )


products = ProductSearch()
cases = CaseSearch()
videos = VideoSearch()
