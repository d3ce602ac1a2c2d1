"""The news categories, read once per content version: the 新闻动态 sub-menu and the news sidebar."""

from django.core.cache import cache

from core.cache import content_version

from .models import NewsCategory

CACHE_KEY = "kede:news-categories"


def all_categories():
    """Every news category in menu order; one query per content change, shared by all workers."""
    key = f"{CACHE_KEY}:{content_version()}"
    categories = cache.get(key)
    if categories is None:
        categories = list(NewsCategory.objects.all())
        cache.set(key, categories, 60 * 60)
    return categories


def category_menu():
    """The 新闻动态 sub-menu (see settings.NAV_MENU_PROVIDERS)."""
    return all_categories()
