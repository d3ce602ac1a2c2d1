from django.conf import settings
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseForbidden,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView

from core import health, structured_data
from core.cache import cache_query_params
from core.urls import absolute_url

from . import search
from .forms import SearchForm
from .models import Banner, Honor, Page, SiteSettings


class HomeView(TemplateView):
    template_name = "pages/home.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["banners"] = list(Banner.objects.published())
        context["honors"] = Honor.objects.published()[:8]  # read only when the home sections are not cached
        context["structured_data"] = structured_data.organization(SiteSettings.load())
        return context


class PageView(DetailView):
    """Any path no app claims: a page of the tree, or 404."""

    context_object_name = "page"
    cache_query_params = ()

    def get_object(self, queryset=None):
        queryset = Page.objects.visible_to(self.request.user)
        try:
            return queryset.by_path(self.kwargs["path"])
        except Page.DoesNotExist as exc:
            raise Http404 from exc

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.link_url and self.object.is_published:
            return HttpResponsePermanentRedirect(self.object.link_url)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_template_names(self):
        return [f"pages/page_{self.object.layout}.html", "pages/page_standard.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        context["ancestors"] = list(page.get_ancestors()) if page.parent_id else []
        context["hidden_by"] = next((p for p in context["ancestors"] if not p.is_published), None)
        context["section"] = list(Page.objects.section_of(page).filter(show_in_nav=True))
        if page.layout == Page.Layout.HONORS:
            context["honors"] = list(Honor.objects.published())
        return context


# What robots need not crawl: result pages of any query (site search, the product finder, the comparison)
# and the personal status lookups. Listed under each language's prefix too.
ROBOTS_DISALLOWED = ("/search/", "products:search", "products:compare", "careers:status", "service:repair_status")


def robots_disallowed_paths():
    with translation.override(settings.LANGUAGE_CODE):  # the unprefixed paths, whatever the visitor's language
        paths = [name if name.startswith("/") else reverse(name) for name in ROBOTS_DISALLOWED]
    prefixes = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return [prefix + path for prefix in prefixes for path in paths]


class SearchView(TemplateView):
    """/search/?q=…: the best hits of every kind with counts; ``&kind=…`` one kind, paginated."""

    template_name = "pages/search.html"
    cache_query_params = ("q", "kind", "page")
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET)
        form.is_valid()
        query, provider = form.cleaned_data["query"], form.cleaned_data["provider"]
        context.update(form=form, query=query, notices=form.notices, provider=provider)
        if not query:
            return context
        groups = search.groups(query)
        if provider is None:
            context["groups"] = groups
        else:
            chosen = next(group for group in groups if group.kind == provider.kind)
            page, hits = search.page_of(self.request, chosen, query, self.per_page)
            context.update(
                page_obj=page, hits=hits, query_string=urlencode({"q": query.keyword, "kind": provider.kind})
            )
        context["tabs"] = groups
        context["total"] = sum(group.count for group in groups)
        if not context["total"]:
            context["suggestions"] = search.suggestions(query)
        return context


@require_GET
@cache_query_params()
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL}",
        "Disallow: /ckeditor5/",
        *[f"Disallow: {path}" for path in robots_disallowed_paths()],
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@never_cache
def healthz(request):
    """For the load balancer and monitoring: JSON on the database, the cache and the e-mail queue; 200 when the
    database and the cache answer, else 503. Never cached, so an outage shows at once."""
    result, healthy = health.report()
    return JsonResponse(result, status=200 if healthy else 503)


def server_error(request, template_name="500.html"):
    """The 500 page in the site's design; a bare page if even that cannot render."""
    try:
        body = loader.render_to_string(template_name, request=request)
    except Exception:
        body = loader.render_to_string("500_plain.html")
    return HttpResponseServerError(body)


def csrf_failure(request, reason=""):
    """A CSRF failure (usually an expired form) in the site's design, with the request context."""
    body = loader.render_to_string("403_csrf.html", request=request)
    return HttpResponseForbidden(body)
