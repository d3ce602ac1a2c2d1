"""Queries of the page tree and the site shell. All django-mptt calls for pages live here."""

from mptt.querysets import TreeQuerySet

from core.querysets import PublishedTreeQuerySet


class PageQuerySet(TreeQuerySet, PublishedTreeQuerySet):
    """``published()`` hides a page whose parent (or any page above it) is unpublished."""

    def in_navigation(self):
        """Published sections and their direct sub-pages, in tree order: one query."""
        return self.published().filter(show_in_nav=True, level__lte=1).order_by("tree_id", "lft")

    def section_of(self, page):
        """The root of ``page`` and the root's published children, in tree order."""
        root_id = page.tree_id
        return self.published().filter(tree_id=root_id, level__lte=1).order_by("lft")

    def by_path(self, path):
        return self.select_related("parent").get(path=path)
