"""View helpers shared by the apps."""

from django.core.paginator import Paginator


def safe_page(request, queryset, per_page):
    """A page that never fails: ``?page=abc`` gives the first page, ``?page=99999`` the last."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class SafePaginationMixin:
    """ListView pagination through :func:`safe_page`."""

    cache_query_params = ("page",)  # the page cache keys on the parameters a view reads

    def paginate_queryset(self, queryset, page_size):
        page = safe_page(self.request, queryset, page_size)
        return page.paginator, page, page.object_list, page.has_other_pages()
