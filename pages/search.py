"""Site search: every kind of content the site shows, searched with one set of words (see core.search).

Each app contributes a provider (its ``search.py``; ``settings.SITE_SEARCH_PROVIDERS`` lists them in
the order the results page shows them): ``kind`` and ``label``, ``index()`` (its visible rows as a
:class:`core.search.TextIndex`, read in one query and kept per content version) and
``hit(entry, query, text)`` (a :class:`core.search.SearchHit`; ``text`` is what a snippet is cut from).
The page tree's own provider is below.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.translation import pgettext_lazy

from core.search import SearchHit, TextIndex, cached_index, highlight, snippet, text_entry

from .models import Page

TOP = 5  # results per kind on the first page; "show all" leads to the kind's own pages


class PageSearch:
    kind = "pages"
    label = pgettext_lazy("search results", "Pages")

    def index(self):
        return cached_index("pages", self.build)

    def build(self):
        rows = Page.objects.published().filter(link_url="").order_by("tree_id", "lft")
        fields = ("search_title", "search_text", "path", "title")
        return TextIndex([text_entry(row[0], row[1], row[2:]) for row in rows.values_list(*fields)])

    def hit(self, entry, query, text):
        path, title = entry.row
        return SearchHit(
            url=reverse("pages:page", kwargs={"path": path}),
            title=highlight(title, query),
            snippet=snippet([text], query),
        )


pages = PageSearch()


def providers():
    return [import_string(path) for path in settings.SITE_SEARCH_PROVIDERS]


def provider_for(kind):
    return next((provider for provider in providers() if provider.kind == kind), None)


@dataclass
class Group:
    provider: object
    index: object
    found: list = field(default_factory=list)  # the index entries that match, best first
    hits: list = field(default_factory=list)

    @property
    def kind(self):
        return self.provider.kind

    @property
    def label(self):
        return self.provider.label

    @property
    def count(self):
        return len(self.found)


def groups(query, top=TOP):
    """Each kind's matches, with its best ``top`` hits ready to show. Each kind's index costs one query when
    it is built (once per content version in each process), none after."""
    result = []
    for provider in providers():
        index = provider.index()
        found = index.find(query)
        hits = [provider.hit(entry, query, index.snippet_text(entry)) for entry in found[:top]]
        result.append(Group(provider, index, found, hits))
    return result


def page_of(request, group, query, per_page):
    """One kind's results, paginated (``?page=``, never failing), and their hits."""
    page = Paginator(group.found, per_page).get_page(request.GET.get("page"))
    hits = [group.provider.hit(entry, query, group.index.snippet_text(entry)) for entry in page.object_list]
    return page, hits


def suggestions(query, limit=4):
    """For a search that found nothing: what the kinds suggest (the nearest product types)."""
    return [item for provider in providers() if hasattr(provider, "suggest") for item in provider.suggest(query, limit)]
