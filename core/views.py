"""View helpers shared by the apps."""

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect
from django.views.generic import ListView


def safe_page(request, queryset, per_page):
    """A page that never fails: ``?page=abc`` gives the first page, ``?page=99999`` the last."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class SafePaginationMixin:
    """ListView pagination through :func:`safe_page`."""

    cache_query_params = ("page",)  # the page cache keys on the parameters a view reads

    def paginate_queryset(self, queryset, page_size):
        page = safe_page(self.request, queryset, page_size)
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
