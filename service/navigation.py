"""The page-tree sections the service pages live in (维修中心 repair/, 客户中心 service/, 联系我们 contact/):
their intro text, sidebar and breadcrumbs stay editable in the page tree."""

from pages.models import Page


def section_context(path):
    """``page`` (the tree's page at ``path`` or None), ``section_page`` (the section's root page or None)
    and ``section`` (the sidebar) for a service page at ``path``, e.g. "repair/request/". One query."""
    root = path.split("/", 1)[0] + "/"
    pages = list(Page.objects.published().filter(path__startswith=root, level__lte=1).order_by("lft"))
    return {
        "section": [p for p in pages if p.show_in_nav],
        "page": next((p for p in pages if p.path == path), None),
        "section_page": next((p for p in pages if p.path == root), None),
    }
