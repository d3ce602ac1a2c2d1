"""Inclusion tags for the site shell: navigation, section sidebar, footer brands."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.module_loading import import_string

from ..models import Page, PartnerBrand

register = template.Library()


def build_navigation():
    """Sections with their sub-menus, from one query of the page tree.

    An app can supply a section's sub-menu instead (settings.NAV_MENU_PROVIDERS maps a
    section's path to a function returning items with ``label``, ``get_link`` and ``pk``).
    """
    sections = []
    by_id = {}
    for page in Page.objects.in_navigation():
        if page.level == 0:
            page.menu = [page] if page.menu_includes_self else []
            by_id[page.pk] = page
            sections.append(page)
        elif page.parent_id in by_id:
            by_id[page.parent_id].menu.append(page)
    for section in sections:
        provider = settings.NAV_MENU_PROVIDERS.get(section.path)
        if provider:
            section.menu = [section] if section.menu_includes_self else []
            section.menu += list(import_string(provider)())
    return sections


@register.inclusion_tag("includes/_nav.html", takes_context=True)
def main_nav(context):
    return {"sections": build_navigation(), "request": context.get("request")}


@register.inclusion_tag("includes/_partner_brands.html")
def partner_brands():
    return {"brands": list(PartnerBrand.objects.published())}


@register.simple_tag(takes_context=True)
def translated_url(context, language):
    """The current page's address in ``language``."""
    request = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.path, language)
