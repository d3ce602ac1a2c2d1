"""Site search: every kind of content the site shows, searched with one set of words (see core.search).

Each app contributes a provider (its ``search.py``; ``settings.SITE_SEARCH_PROVIDERS`` lists them in
the order the results page shows them): ``kind`` and ``label``, ``find(query)`` (the visible rows
holding the words, best first) and ``hit(row, query)`` (a :class:`core.search.SearchHit`). The page
tree's own provider is below.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Window
from django.utils.module_loading import import_string
from django.utils.translation import pgettext_lazy

from core.search import SearchHit, highlight, plain_text, ranked, snippet

from .models import Page

TOP = 5  # results per kind on the first page; "show all" leads to the kind's own pages


class PageSearch:
    kind = "pages"
    label = pgettext_lazy("search results", "Pages")

    def find(self, query):
        pages = Page.objects.published().filter(link_url="")
        return ranked(pages, query).order_by("-rank", "tree_id", "lft")

    def hit(self, page, query):
        return SearchHit(
            url=page.get_absolute_url(),
            title=highlight(page.title, query),
            snippet=snippet([page.summary, plain_text(page.body)], query),
        )


pages = PageSearch()


def providers():
    return [import_string(path) for path in settings.SITE_SEARCH_PROVIDERS]


def provider_for(kind):
    return next((provider for provider in providers() if provider.kind == kind), None)


@dataclass
class Group:
    provider: object
    count: int
    hits: list = field(default_factory=list)

    @property
    def kind(self):
        return self.provider.kind

    @property
    def label(self):
        return self.provider.label


def overview(query, top=TOP):
    """Each kind's best ``top`` hits and its count: one query per kind (the count is a window over the
    same rows)."""
    groups = []
    for provider in providers():
        rows = list(provider.find(query).annotate(total=Window(Count("pk")))[:top])
        hits = [provider.hit(row, query) for row in rows]
        groups.append(Group(provider, rows[0].total if rows else 0, hits))
    return groups


def counts(query):
    """Each kind with its count only (the tabs above one kind's results): one query for all kinds,
    ``SELECT (SELECT COUNT(*) FROM (…)), …`` over the SQL Django writes for each kind's rows."""
    kinds = providers()
    parts, params = [], []
    for number, provider in enumerate(kinds):
        sql, values = provider.find(query).order_by().values("pk").query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) kind{number})")
        params.extend(values)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        row = cursor.fetchone()
    return [Group(provider, count) for provider, count in zip(kinds, row, strict=True)]


def page_of(request, group, query, per_page):
    """One kind's results, paginated (``?page=``, never failing), its count already known."""
    paginator = Paginator(group.provider.find(query), per_page)
    paginator.count = group.count  # counted with the others: no second COUNT query
    return paginator.get_page(request.GET.get("page"))


def suggestions(query, limit=4):
    """For a search that found nothing: products whose name or model number is close to the words."""
    return [item for provider in providers() if hasattr(provider, "suggest") for item in provider.suggest(query, limit)]
