from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from mptt.admin import DraggableMPTTAdmin, TreeRelatedFieldListFilter

from core.admin import PublishedListAdmin
from core.admin_delete import LinkedDeleteMixin
from core.history import HistoryAdmin
from core.keep_uploads import KeepUploadsMixin

from .catalog import catalog_tree
from .models import Case, CaseImage, Category, ExcavatorBrand, Product, ProductImage, ProductSpec, SpecField, Video


class SpecFieldInline(admin.TabularInline):
    model = SpecField
    extra = 0
    fields = ["name", "unit", "is_key", "order"]


@admin.register(Category)
class CategoryAdmin(KeepUploadsMixin, DraggableMPTTAdmin, HistoryAdmin):
    list_display = ["tree_actions", "indented_title", "slug", "product_count", "is_published"]
    list_display_links = ["indented_title"]
    list_filter = ["is_published"]
    search_fields = ["name", "name_en", "slug"]
    inlines = [SpecFieldInline]
    fieldsets = [
        (None, {"fields": ["name", "name_en", "parent", "slug", "order", "is_published"]}),
        (_("Content"), {"fields": ["summary", "description", "image"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return Category.objects.add_related_count(queryset, Product, "category", "product_total", cumulative=True)

    @admin.display(description=_("number of products"))
    def product_count(self, category):
        return category.product_total

    def get_inlines(self, request, obj):
        # Spec fields belong to product types (top-level categories) only.
        return self.inlines if obj is not None and obj.parent_id is None else []


class ProductImageInline(admin.TabularInline):
    model = ProductImage
    extra = 1
    fields = ["image", "alt", "order"]


class ProductSpecInline(admin.TabularInline):
    model = ProductSpec
    extra = 0
    fields = ["field", "value"]

    def get_formset(self, request, obj=None, **kwargs):
        """Offer only the spec fields of the product's type (its root category)."""
        formset = super().get_formset(request, obj, **kwargs)
        queryset = SpecField.objects.select_related("category")
        if obj is not None:
            tree = catalog_tree()
            queryset = queryset.filter(category_id=tree.root_of(tree.by_id[obj.category_id]).pk)
        formset.form.base_fields["field"].queryset = queryset
        return formset


@admin.register(Product)
class ProductAdmin(KeepUploadsMixin, LinkedDeleteMixin, HistoryAdmin):
    list_display = [
        "name",
        "model_number",
        "category",
        "publishing_warning",
        "is_featured",
        "is_published",
        "order",
        "updated_at",
    ]
    list_editable = ["is_featured", "is_published", "order"]
    list_filter = ["is_published", "is_featured", ("category", TreeRelatedFieldListFilter), "brands"]
    search_fields = ["name", "model_number", "slug", "summary"]
    list_select_related = ["category"]
    autocomplete_fields = ["video"]
    filter_horizontal = ["brands"]
    inlines = [ProductSpecInline, ProductImageInline]
    fieldsets = [
        (
            None,
            {"fields": ["name", "model_number", "slug", "category", "summary", "is_published", "is_featured", "order"]},
        ),
        (_("Content"), {"fields": ["cover", "body", "brochure", "video"]}),
        (_("Fitment"), {"fields": ["carrier_min_t", "carrier_max_t", "brands"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_publishing_gaps()

    @admin.display(description=_("before publishing"))
    def publishing_warning(self, product):
        gaps = []
        if product.missing_key_specs:
            gaps.append(
                ngettext("%(count)d key spec empty", "%(count)d key specs empty", product.missing_key_specs)
                % {"count": product.missing_key_specs}
            )
        if not product.has_image:
            gaps.append(gettext("no image"))
        return (
            format_html("<strong>⚠ {}</strong>", pgettext("between publishing warnings", ", ").join(gaps))
            if gaps
            else "✓"
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        product = self.get_object(request, unquote(object_id))
        if request.method == "GET" and product is not None:
            gaps = product.publishing_gaps()
            if gaps:
                messages.warning(
                    request,
                    gettext("Check before publishing: %(gaps)s.")
                    % {"gaps": pgettext("between publishing warnings", ", ").join(gaps)},
                )
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(ExcavatorBrand)
class ExcavatorBrandAdmin(LinkedDeleteMixin, admin.ModelAdmin):
    list_display = ["name", "name_en", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "name_en"]


class CaseImageInline(admin.TabularInline):
    model = CaseImage
    extra = 1
    fields = ["image", "alt", "order"]


@admin.register(Case)
class CaseAdmin(KeepUploadsMixin, LinkedDeleteMixin, HistoryAdmin):
    list_display = ["title", "location", "date", "is_published"]
    list_filter = ["is_published", "date"]
    search_fields = ["title", "location", "summary"]
    date_hierarchy = "date"
    # The cover comes from an abstract model; keep it after the text, where editors know it.
    fields = [
        "is_published",
        "seo_title",
        "seo_description",
        "title",
        "slug",
        "location",
        "date",
        "summary",
        "body",
        "cover",
        "products",
    ]
    filter_horizontal = ["products"]
    inlines = [CaseImageInline]


@admin.register(Video)
class VideoAdmin(KeepUploadsMixin, LinkedDeleteMixin, PublishedListAdmin, HistoryAdmin):
    list_display = ["title", "order", "is_published"]
    search_fields = ["title", "description"]
    filter_horizontal = ["products"]
