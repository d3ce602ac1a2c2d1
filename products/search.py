"""What the site search (pages.search) finds in the catalog: products, project cases and videos."""

import difflib

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.search import SearchHit, highlight, plain_text, ranked, snippet

from .catalog import catalog_tree
from .models import Case, Product, Video


class ProductSearch:
    """Name, model number, summary and spec values: the product finder's own matching
    (``ProductQuerySet.matching``), so both find the same products in the same order."""

    kind = "products"
    label = _("Products")

    def find(self, query):
        return Product.objects.published().for_cards().matching(query.terms, query.model_key)

    def hit(self, product, query):
        name = f"{product.name} {product.model_number}".strip()
        return SearchHit(
            url=product.get_absolute_url(),
            title=highlight(name, query),
            snippet=snippet([product.summary], query),
            meta=product.category.name,
        )

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

    def find(self, query):
        return ranked(Case.objects.published(), query).order_by("-rank", "-date", "-pk")

    def hit(self, case, query):
        meta = " · ".join(filter(None, [case.location, date_format(case.date) if case.date else ""]))
        return SearchHit(
            url=case.get_absolute_url(),
            title=highlight(case.title, query),
            snippet=snippet([case.summary, plain_text(case.body)], query),
            meta=meta,
        )


class VideoSearch:
    kind = "videos"
    label = _("Product videos")

    def find(self, query):
        return ranked(Video.objects.published(), query).order_by("-rank", "order", "pk")

    def hit(self, video, query):
        return SearchHit(
            url=video.get_absolute_url(),
            title=highlight(video.title, query),
            snippet=snippet([video.description], query),
        )


products = ProductSearch()
cases = CaseSearch()
videos = VideoSearch()
