import reversion
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import path
from django.utils.html import escape, format_html
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from mptt.admin import DraggableMPTTAdmin, TreeRelatedFieldListFilter

from core import attention
from core.admin import AltTextReminderMixin, BilingualAdmin, BilingualTabularInline, PublishedListAdmin
from core.admin_delete import LinkedDeleteMixin
from core.history import HistoryAdmin
from core.keep_uploads import KeepUploadsMixin

from .forms import ProductAdminForm
from .models import Case, CaseImage, Category, ExcavatorBrand, Product, ProductImage, ProductSpec, SpecField, Video
from .resources import ProductWorkbookAdminMixin
from .specs import SpecLayout, as_pk

# A product's spec values are edited in its own form, not in an inline, so the revision history is told
# to follow them (and the gallery inline) by hand; VersionAdmin then leaves the registration alone.
reversion.register(ProductSpec)
reversion.register(ProductImage)
reversion.register(Product, follow=("specs", "images"))


class SpecFieldInline(BilingualTabularInline):
    model = SpecField
    extra = 0
    fields = ["name", "unit", "is_key", "order"]


@admin.register(Category)
class CategoryAdmin(KeepUploadsMixin, AltTextReminderMixin, BilingualAdmin, DraggableMPTTAdmin, HistoryAdmin):
    list_display = ["tree_actions", "indented_title", "slug", "product_count", "is_published"]
    list_display_links = ["indented_title"]
    list_filter = ["is_published"]
    search_fields = ["name_zh_hans", "name_en", "slug"]
    inlines = [SpecFieldInline]
    fieldsets = [
        (None, {"fields": ["name", "parent", "slug", "order", "is_published", "tonnage_is_key"]}),
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

    def _move_node(self, request):
        """Drag and drop in the tree: refused, with the reason, where the form would refuse the same move."""
        queryset = self.get_queryset(request)
        cut = queryset.filter(pk=as_pk(request.POST.get("cut_item"))).first()
        target = queryset.filter(pk=as_pk(request.POST.get("pasted_on"))).first()
        position = request.POST.get("position")
        if cut is not None and target is not None and self.has_change_permission(request, cut):
            new_parent = target if position == "last-child" else target.parent
            problem = cut.move_problem(new_parent)
            if problem:
                self.message_user(request, problem, level=messages.ERROR)
                return HttpResponse("FAIL, the move would orphan spec values.")
        return super()._move_node(request)


class ProductImageInline(BilingualTabularInline):
    model = ProductImage
    extra = 1
    fields = ["image", "alt", "order"]


class PublishingGapsFilter(admin.SimpleListFilter):
    """发布前检查: products with an empty key spec or no image (the admin home links here), or complete ones."""

    title = _("before publishing")
    parameter_name = "gaps"

    def lookups(self, request, model_admin):
        return [("missing", _("key specs or images missing")), ("complete", _("complete"))]

    def queryset(self, request, queryset):
        to_fill = Product.objects.with_gaps_to_fill().values("pk")
        if self.value() == "missing":
            return queryset.filter(pk__in=to_fill)
        if self.value() == "complete":
            return queryset.exclude(pk__in=to_fill)
        return queryset


@admin.register(Product)
class ProductAdmin(
    ProductWorkbookAdminMixin, KeepUploadsMixin, AltTextReminderMixin, LinkedDeleteMixin, BilingualAdmin, HistoryAdmin
):
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
    list_filter = [
        "is_published",
        PublishingGapsFilter,
        "is_featured",
        ("category", TreeRelatedFieldListFilter),
        "brands",
    ]
    search_fields = ["name_zh_hans", "name_en", "model_number", "slug", "summary_zh_hans"]
    list_select_related = ["category"]
    autocomplete_fields = ["video"]
    filter_horizontal = ["brands"]
    form = ProductAdminForm
    inlines = [ProductImageInline]
    main_fields = ["name", "model_number", "slug", "category", "summary", "is_published", "is_featured", "order"]
    fieldsets = [
        (None, {"fields": main_fields}),
        # the spec rows of the product type go here, see get_fieldsets
        (_("Content"), {"fields": ["cover", "body", "brochure", "video"]}),
        (_("Fitment"), {"fields": ["carrier_min_t", "carrier_max_t", "brands"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]

    def spec_layout(self, request, obj):
        """The spec rows of the product type chosen in this request: the posted category, the add page's
        ``?category=`` or the product's own; worked out once per request (fieldsets and form share it)."""
        layouts = request.__dict__.setdefault("_product_spec_layouts", {})
        key = obj.pk if obj is not None else None
        if key not in layouts:
            if request.method == "POST":
                category, posted = request.POST.get("category"), list(request.POST)
            else:
                category, posted = (request.GET.get("category") if obj is None else obj.category_id), []
            layouts[key] = SpecLayout(as_pk(category), obj, posted)
        return layouts[key]

    def specs_fieldset(self, layout):
        if layout.product_type is None:
            note = gettext(
                "Once a category is chosen, the spec rows of its product type are listed here; "
                "without JavaScript, save once first."
            )
        elif not layout.fields:
            note = gettext(
                "The product type “%(type)s” has no spec fields yet; add them on its page under product categories."
            ) % {"type": escape(layout.product_type.name)}  # the admin prints a description as HTML
        else:
            note = None
        options = {"fields": layout.input_names, "classes": ["product-specs"], "description": note}
        return (pgettext_lazy("product form section", "Specifications"), options)

    def get_fieldsets(self, request, obj=None):
        layout = self.spec_layout(request, obj)
        main = list(self.main_fields)
        if layout.doomed:
            main.insert(main.index("category") + 1, "confirm_type_change")
        first, *rest = self.fieldsets
        # Each translated field as its Chinese and English inputs (modeltranslation's BilingualAdmin).
        rest = [(name, {**options, "fields": self.replace_orig_field(options["fields"])}) for name, options in rest]
        main = self.replace_orig_field(main)
        return [(first[0], {**first[1], "fields": main}), self.specs_fieldset(layout), *rest]

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The form class with this request's spec layout; its ``spec_<pk>`` inputs are added by the
        form itself, so they are left out of the model fields ``modelform_factory`` is asked for."""
        layout = self.spec_layout(request, obj)
        fields = kwargs.pop("fields", None) or flatten_fieldsets(self.get_fieldsets(request, obj))
        kwargs["fields"] = [name for name in fields if name not in layout.input_names]
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"layout": layout})

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.deleted_specs:
            messages.success(
                request,
                ngettext(
                    "The product type changed: %(count)d spec value of “%(old_type)s” was deleted (%(names)s).",
                    "The product type changed: %(count)d spec values of “%(old_type)s” were deleted (%(names)s).",
                    len(form.deleted_specs),
                )
                % {
                    "count": len(form.deleted_specs),
                    "old_type": form.layout.old_type.name,
                    "names": pgettext("between spec names", ", ").join(s.field.name for s in form.deleted_specs),
                },
            )

    def get_urls(self):
        spec_fields = path(
            "spec-fields/", self.admin_site.admin_view(self.spec_fields_view), name="products_product_spec_fields"
        )
        return [spec_fields, *super().get_urls()]

    def spec_fields_view(self, request):
        """The spec section for ``?category=<pk>``, as the product form draws it: JSON with the product
        type's pk (null without one) and the section's HTML, for the form's script."""
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        layout = SpecLayout(as_pk(request.GET.get("category")))
        form = type("SpecsForm", (ProductAdminForm,), {"layout": layout})()
        adminform = helpers.AdminForm(form, [self.specs_fieldset(layout)], {}, model_admin=self)
        html = render_to_string("admin/products/product/_specs_fieldset.html", {"adminform": adminform}, request)
        return JsonResponse(
            {
                "type": layout.product_type.pk if layout.product_type is not None else None,
                "fields": [
                    {"id": f"id_spec_{field.pk}", "name": field.name, "unit": field.unit} for field in layout.fields
                ],
                "html": html,
            }
        )

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


class CaseImageInline(BilingualTabularInline):
    model = CaseImage
    extra = 1
    fields = ["image", "alt", "order"]


@admin.register(Case)
class CaseAdmin(KeepUploadsMixin, AltTextReminderMixin, LinkedDeleteMixin, BilingualAdmin, HistoryAdmin):
    list_display = ["title", "location", "date", "is_published"]
    list_filter = ["is_published", "date"]
    search_fields = ["title_zh_hans", "title_en", "location_zh_hans", "summary_zh_hans"]
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
class VideoAdmin(KeepUploadsMixin, LinkedDeleteMixin, BilingualAdmin, PublishedListAdmin, HistoryAdmin):
    list_display = ["title", "order", "is_published"]
    search_fields = ["title_zh_hans", "title_en", "description_zh_hans"]
    filter_horizontal = ["products"]


@attention.register
def catalogue_attention(user):
    """The admin home's "需要处理" panel (core.attention): drafts, and products a visitor would find
    incomplete; one query per item."""
    items = attention.drafts(user, Product, _("Draft products"))
    if items:
        count = Product.objects.with_gaps_to_fill().count()
        items.append(attention.Item(_("Products missing key specs or images"), count,
                                    attention.changelist(Product, "gaps=missing")))  # fmt: skip
    return [
        *items,
        *attention.drafts(user, Case, _("Draft cases")),
        *attention.drafts(user, Video, _("Draft videos")),
    ]
