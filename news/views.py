from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from core.net import client_address
from core.views import CanonicalRedirectMixin, SafePaginationMixin

from . import counting
from .models import Article
from .navigation import all_categories

PER_PAGE = 12


class ArticleListView(SafePaginationMixin, ListView):
    """/news/: every category, pinned articles first. /news/<slug>/ narrows it to one category."""

    template_name = "news/list.html"
    context_object_name = "articles"
    paginate_by = PER_PAGE
    category = None

    def get(self, request, *args, **kwargs):
        self.categories = all_categories()
        if "slug" in kwargs:
            self.category = next((c for c in self.categories if c.slug == kwargs["slug"]), None)
            if self.category is None:
                raise Http404
        return super().get(request, *args, **kwargs)

    def count_key(self):
        # Only published articles, whose set changes with the content version (saves and scheduled publications).
        return f"news:{self.category.pk if self.category is not None else 'all'}"

    def get_queryset(self):
        articles = Article.objects.published()
        if self.category is not None:
            articles = articles.in_category(self.category)
        return articles.for_list()

    def get_context_data(self, **kwargs):
        return super().get_context_data(categories=self.categories, category=self.category, **kwargs)


class ArticleDetailView(CanonicalRedirectMixin, DetailView):
    template_name = "news/article.html"
    context_object_name = "article"
    cache_query_params = ()

    def get_object(self, queryset=None):
        articles = Article.objects.visible_to(self.request.user).select_related("category")
        try:
            return articles.prefetch_related("attachments").get(slug=self.kwargs["slug"])
        except Article.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs):
        article = self.object
        published = Article.objects.published().select_related("category")
        return super().get_context_data(
            categories=all_categories(),
            previous=published.before(article).first(),
            next=published.after(article).first(),
            related_products=list(article.related_products.published().for_cards()[:4]),
            **kwargs,
        )


@csrf_exempt  # a counter called from cached pages, which carry no CSRF token; it changes nothing else
@require_POST
def count_view(request, pk):
    views = Article.objects.published().filter(pk=pk).values_list("view_count", flat=True).first()
    if views is None:
        raise Http404
    user_agent = request.headers.get("User-Agent", "")
    if counting.is_bot(user_agent) or request.user.is_staff or not counting.admit(pk, client_address(request)):
        pending = counting.pending_views(pk)
    else:
        pending = counting.count_view(pk)
    response = JsonResponse({"views": views + pending})
    response["Cache-Control"] = "no-store"
    return response
