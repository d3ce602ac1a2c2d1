"""The 产品中心 sub-menu: product types from the category tree (see settings.NAV_MENU_PROVIDERS)."""

from .catalog import catalog_tree


def category_menu():
    return catalog_tree().roots()
