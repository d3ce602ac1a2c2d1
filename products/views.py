from urllib.parse import urlencode

from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from core.views import CanonicalRedirectMixin, PublishedListView, SafePaginationMixin, safe_page
from pages.models import SiteSettings

from . import structured_data
from .catalog import catalog_tree
from .forms import MAX_COMPARE, FinderForm, parse_ids
from .models import Case, ExcavatorBrand, Product, Video
from .specs import attach_key_specs, spec_rows, spec_table

PER_PAGE = 12


class CatalogIndexView(TemplateView):
    template_name = "products/index.html"
    cache_query_params = ()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tree = catalog_tree()
        context["tree"] = tree
        context["types"] = tree.roots()
        context["brands"] = list(ExcavatorBrand.objects.all())
        return context


class CategoryView(SafePaginationMixin, ListView):
    template_name = "products/category.html"
    context_object_name = "products"
    paginate_by = PER_PAGE

    def get(self, request, *args, **kwargs):
        self.tree = catalog_tree()
        self.category = self.tree.get(kwargs["slug"])
        if self.category is None:
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return Product.objects.published().in_category(self.category).for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tree, category = self.tree, self.category
        root = tree.root_of(category)
        context.update(
            tree=tree,
            category=category,
            root=root,
            ancestors=tree.ancestors(category),
            subcategories=tree.children(category),
            brands=list(ExcavatorBrand.objects.all()) if category.parent_id is None else [],
        )
        attach_key_specs(context["products"])
        return context


class ProductDetailView(CanonicalRedirectMixin, DetailView):
    template_name = "products/product.html"
    context_object_name = "product"
    cache_query_params = ()
    related_limit = 4

    def get_object(self, queryset=None):
        """The product and up to four published others of the category in its URL, in one query.

        A product slug is unique, so a product found under another category in the URL
        has moved: the mixin answers with a permanent redirect.
        """
        slug = self.kwargs["slug"]
        category = catalog_tree().get(self.kwargs["category"])
        wanted = Q(slug=slug)
        if category is not None:
            others = Product.objects.published().filter(category_id=category.pk).exclude(slug=slug)
            wanted |= Q(pk__in=others.values("pk")[: self.related_limit])
        products = Product.objects.visible_to(self.request.user).filter(wanted)
        rows = list(products.select_related("category", "video"))
        product = next((row for row in rows if row.slug == slug), None)
        if product is None:
            raise Http404
        prefetch_related_objects([product], "brands", "images")  # the related products' cards need neither
        self.related = [row for row in rows if row.pk != product.pk and row.category_id == product.category_id]
        return product

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        product = self.object
        tree = catalog_tree()
        category = tree.by_id[product.category_id]
        root = tree.root_of(category)
        ancestors = tree.ancestors(category)
        context.update(
            tree=tree,
            category=category,
            root=root,
            ancestors=ancestors,
            hidden_by=next((c for c in [*ancestors, category] if not c.is_published), None),
            specs=spec_rows(product, root),
            related=self.related,
            cases=list(Case.objects.published().filter(products=product)[:4]),
        )
        context["structured_data"] = structured_data.product(product, category, context["specs"], SiteSettings.load())
        return context


class FinderView(TemplateView):
    template_name = "products/search.html"
    cache_query_params = (*FinderForm.base_fields, "page")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = FinderForm(self.request.GET)
        form.is_valid()
        page = safe_page(self.request, form.results(), PER_PAGE)
        attach_key_specs(page.object_list)
        context.update(
            form=form,
            tree=form.tree,
            notices=form.notices,
            page_obj=page,
            products=page.object_list,
            suggestions=form.suggestions() if not page.object_list else [],
            query_string=self._query_string(),
        )
        return context

    def _query_string(self):
        """The search, for the pagination links: the finder's own parameters only (a cached page
        must not carry one visitor's ``utm_source`` to the next)."""
        return urlencode([(name, value) for name in FinderForm.base_fields for value in self.request.GET.getlist(name)])


class CompareView(TemplateView):
    template_name = "products/compare.html"
    cache_query_params = ("ids",)

    def get(self, request, *args, **kwargs):
        values = request.GET.getlist("ids")
        ids, bad = parse_ids(values)
        canonical = ",".join(str(pk) for pk in ids[: MAX_COMPARE + 1])
        if len(values) > 1 and not bad:
            # A form with several ticked boxes: redirect to the short, shareable address.
            return redirect(f"{request.path}?ids={canonical}")
        self.ids, self.bad = ids, bad
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        errors = []
        if self.bad:
            errors.append(_("These are not product numbers: %(values)s.") % {"values": "、".join(self.bad)})
        ids = self.ids
        if len(ids) > MAX_COMPARE:
            errors.append(_("At most %(n)s products can be compared; the first %(n)s are shown.") % {"n": MAX_COMPARE})
            ids = ids[:MAX_COMPARE]
        found = {p.pk: p for p in Product.objects.published().filter(pk__in=ids).for_cards()}
        if len(found) < len(ids):
            errors.append(_("Some of the products could not be found and were left out."))
        products = [found[pk] for pk in ids if pk in found]
        tree = catalog_tree()
        roots = {tree.root_of(tree.by_id[p.category_id]).pk for p in products}
        if len(roots) > 1:
            errors.append(_("Only products of the same type can be compared; showing those of the first type."))
            first_root = tree.root_of(tree.by_id[products[0].category_id])
            products = [p for p in products if tree.root_of(tree.by_id[p.category_id]).pk == first_root.pk]
        root = tree.root_of(tree.by_id[products[0].category_id]) if products else None
        rows = spec_table(products, root) if products else []
        if len(products) < 2 and not errors:
            errors.append(_("Choose at least two products of the same type to compare."))
        context.update(products=products, rows=rows, root=root, errors=errors, tree=tree)
        return context


class CaseListView(PublishedListView):
    model = Case
    template_name = "products/case_list.html"
    context_object_name = "cases"
    paginate_by = PER_PAGE


class CaseDetailView(DetailView):
    template_name = "products/case_detail.html"
    context_object_name = "case"
    cache_query_params = ()

    def get_queryset(self):
        return Case.objects.visible_to(self.request.user).prefetch_related("images")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["used_products"] = list(self.object.products.published().for_cards())
        return context


class VideoListView(PublishedListView):
    model = Video
    template_name = "products/video_list.html"
    context_object_name = "videos"
    paginate_by = PER_PAGE
