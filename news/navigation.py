"""The news categories, read once per content version: the 新闻动态 sub-menu and the news sidebar."""

from core.cache import cached_by_version

from .models import NewsCategory

CACHE_KEY = "kede:news-categories"


def all_categories():
    """Every news category in menu order; one query per content change, shared by all workers."""
    return cached_by_version(CACHE_KEY, lambda: list(NewsCategory.objects.all()))


def category_menu():
    """The 新闻动态 sub-menu (see settings.NAV_MENU_PROVIDERS)."""
    return all_categories()
