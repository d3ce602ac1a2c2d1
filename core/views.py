"""View helpers shared by the apps."""

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect
from django.utils.functional import cached_property
from django.views.generic import ListView

from .cache import cached_by_version


class CachedCountPaginator(Paginator):
    """A paginator whose ``count`` (a ``COUNT(*)`` over every matching row) is kept per content version.

    ``count_key`` names the list (e.g. ``"news:all"``); the count is rebuilt after any change to
    public content or the next scheduled publication (see core.cache), so it is never stale, and
    a list of 20,000 rows costs its ``COUNT(*)`` once per version instead of on every page.
    """

    def __init__(self, object_list, per_page, *, count_key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return cached_by_version(f"kede:count:{self.count_key}", lambda: Paginator.count.func(self))


def safe_page(request, queryset, per_page, count_key=None):
    """A page that never fails: ``?page=abc`` gives the first page, ``?page=99999`` the last.

    With ``count_key``, the row count is cached per content version (:class:`CachedCountPaginator`).
    """
    if count_key is None:
        paginator = Paginator(queryset, per_page)
    else:
        paginator = CachedCountPaginator(queryset, per_page, count_key=count_key)
    return paginator.get_page(request.GET.get("page"))


class SafePaginationMixin:
    """ListView pagination through :func:`safe_page`; a view with a ``count_key()`` caches its row count."""

    cache_query_params = ("page",)  # the page cache keys on the parameters a view reads

    def count_key(self):
        """A name for the list whose row count may be cached per content version, or None (count every time)."""
        return None

    def paginate_queryset(self, queryset, page_size):
        page = safe_page(self.request, queryset, page_size, self.count_key())
        return page.paginator, page, page.object_list, page.has_other_pages()


class PublishedListView(SafePaginationMixin, ListView):
    """A paginated list of what visitors may see of ``model`` (its queryset's ``published()``)."""

    def get_queryset(self):
        return self.model.objects.published()


class CanonicalRedirectMixin:
    """A detail view whose object has one address: found under any other path, it answers 301 there.

    For URLs that carry more than the lookup needs (a product's or an article's category slug), so an
    old link keeps working after the object moved. The query string goes along.
    """

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.object.get_absolute_url()
        if request.path != canonical:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return self.render_to_response(self.get_context_data(object=self.object))
