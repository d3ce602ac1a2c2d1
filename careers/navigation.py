"""The 人才招聘 section of the page tree, for the careers pages' intro, sidebar and breadcrumbs."""

from pages.models import Page

SECTION_PATH = "careers/"


def careers_section():
    """The published section page and its direct sub-pages, in tree order: one query."""
    return list(Page.objects.published().filter(path__startswith=SECTION_PATH, level__lte=1).order_by("lft"))


def page_at(section, path):
    """The page of ``section`` at ``path`` (e.g. "careers/qa/"), or None."""
    return next((page for page in section if page.path == path), None)
