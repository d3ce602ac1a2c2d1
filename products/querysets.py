"""Catalog queries. All django-mptt calls for products live here."""

from django.db.models import Case, Count, Exists, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from mptt.querysets import TreeQuerySet

from core.querysets import PublishedQuerySet, PublishedTreeQuerySet


class CategoryQuerySet(TreeQuerySet, PublishedTreeQuerySet):
    """``published()`` hides a category whose parent (or any category above it) is unpublished."""

    def roots(self):
        return self.filter(parent__isnull=True)


class ProductQuerySet(PublishedQuerySet):
    def published(self):
        """Published products whose category and every category above it are published.

        Which categories are hidden (unpublished, or below an unpublished one) comes from the category tree
        kept in memory (products.catalog, one per content version): the query names those few ids, usually
        none, instead of joining every category and testing its ancestors — a subquery that made SQLite
        visit every product (10-20 ms at 200 categories and 5,000 products)."""
        from .catalog import catalog_tree

        hidden = catalog_tree().hidden_ids()
        queryset = super().published()
        return queryset.exclude(category_id__in=hidden) if hidden else queryset

    def in_category(self, category):
        """Products of ``category`` and all its descendants (their ids from the tree in memory, as above)."""
        from .catalog import catalog_tree

        return self.filter(category_id__in=catalog_tree().subtree_ids(category))

    def for_cards(self):
        return self.select_related("category")

    def with_publishing_gaps(self):
        """Annotates ``missing_key_specs`` (key specs of the product's type left empty, the fitment range
        counting as one where the type shows it on cards) and ``has_image``."""
        from .models import Category, ProductImage, ProductSpec, SpecField

        key_fields = SpecField.objects.filter(is_key=True, category__tree_id=OuterRef("category__tree_id"))
        unfilled = key_fields.exclude(
            Exists(ProductSpec.objects.filter(product=OuterRef(OuterRef("pk")), field=OuterRef("pk")).exclude(value=""))
        )
        count = unfilled.order_by().values("category__tree_id").annotate(n=Count("pk")).values("n")
        tonnage_is_key = Category.objects.filter(
            tree_id=OuterRef("category__tree_id"), parent__isnull=True, tonnage_is_key=True
        )
        no_tonnage = Q(Exists(tonnage_is_key), carrier_min_t__isnull=True, carrier_max_t__isnull=True)
        return self.annotate(
            missing_key_specs=Coalesce(Subquery(count), 0) + Case(When(no_tonnage, then=1), default=0),
            has_image=Q(cover__gt="") | Exists(ProductImage.objects.filter(product=OuterRef("pk"))),
        )

    def with_gaps_to_fill(self):
        """Products a visitor would find incomplete: a key spec of their type empty, or no image at all."""
        return self.with_publishing_gaps().filter(Q(missing_key_specs__gt=0) | Q(has_image=False))

    def fitting(self, brand=None, tonnes=None):
        queryset = self
        if brand is not None:
            queryset = queryset.filter(brands=brand)
        if tonnes is not None:
            queryset = queryset.filter(carrier_min_t__lte=tonnes, carrier_max_t__gte=tonnes)
        return queryset
