"""View helpers shared by the apps."""

from django.core.paginator import Paginator


class SafePaginationMixin:
    """Pagination that never fails: ``?page=abc`` gives the first page, ``?page=99999`` the last."""

    def paginate_queryset(self, queryset, page_size):
        page = Paginator(queryset, page_size).get_page(self.request.GET.get("page"))
        return page.paginator, page, page.object_list, page.has_other_pages()
