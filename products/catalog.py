"""The category tree in memory: one query, cached per content version.

Category pages, the sidebar tree, the product finder, the navigation sub-menu
and the visibility rule all read this object, so none of them costs a query of
its own and a page's query count does not depend on the size of the catalog.
"""

from dataclasses import dataclass, field

from core.cache import cached_in_process

CACHE_KEY = "kede:catalog-tree"


@dataclass
class CatalogTree:
    categories: list  # every category, tree order
    by_id: dict = field(default_factory=dict)
    by_slug: dict = field(default_factory=dict)
    children_of: dict = field(default_factory=dict)
    visible_ids: frozenset = frozenset()

    def __post_init__(self):
        visible = set()
        for category in self.categories:
            self.by_id[category.pk] = category
            self.by_slug[category.slug] = category
            self.children_of.setdefault(category.parent_id, [])
            parent_visible = category.parent_id is None or category.parent_id in visible
            if category.is_published and parent_visible:
                visible.add(category.pk)
                self.children_of[category.parent_id].append(category)
        self.visible_ids = frozenset(visible)

    def roots(self):
        return self.children_of.get(None, [])

    def children(self, category):
        return self.children_of.get(category.pk, [])

    def get(self, slug):
        """The visible category with this slug, or None."""
        category = self.by_slug.get(slug)
        return category if category is not None and category.pk in self.visible_ids else None

    def ancestors(self, category):
        chain = []
        while category.parent_id is not None:
            category = self.by_id[category.parent_id]
            chain.append(category)
        return list(reversed(chain))

    def root_of(self, category):
        ancestors = self.ancestors(category)
        return ancestors[0] if ancestors else category

    def hidden_ids(self):
        """The ids of the categories a visitor may not see (unpublished, or below one), sorted."""
        return [category.pk for category in self.categories if category.pk not in self.visible_ids]

    def subtree_ids(self, ancestor):
        """The ids of ``ancestor`` and every category below it, published or not, in tree order."""
        return [c.pk for c in self.categories if self.contains(ancestor, c)]

    def contains(self, ancestor, category):
        return ancestor.tree_id == category.tree_id and ancestor.lft <= category.lft and category.rght <= ancestor.rght


def catalog_tree():
    from .models import Category

    # Read-only for callers: one tree per process and content version (see cached_in_process).
    return cached_in_process(CACHE_KEY, lambda: CatalogTree(list(Category.objects.order_by("tree_id", "lft"))))
