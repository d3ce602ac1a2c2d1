from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from mptt.admin import DraggableMPTTAdmin

from core import attention
from core.admin import AltTextReminderMixin, BilingualAdmin, PublishedListAdmin
from core.history import HistoryAdmin
from core.keep_uploads import KeepUploadsMixin

from .models import Banner, Honor, Page, PartnerBrand, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(KeepUploadsMixin, BilingualAdmin, HistoryAdmin):
    """A singleton: the list goes straight to the one row, which cannot be added twice or deleted."""

    fieldsets = [
        (_("Company"), {"fields": ["company_name", "short_name", "logo", "profile_summary"]}),
        (_("Contact"), {"fields": ["hotline", "phone", "fax", "email", "address", "postcode", "hr_email"]}),
        (_("Maps"), {"fields": ["location_image", "network_map_image"]}),
        (_("Social media"), {"fields": ["wechat_qr", "weibo_qr", "weibo_url"]}),
        (
            _("Footer and search engines"),
            {"fields": ["copyright_line", "icp_number", "icp_url", "police_record_number", "meta_description"]},
        ),
        (_("Traditional Chinese pages"), {"fields": ["unconverted_terms"]}),
    ]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        row = SiteSettings.objects.first()
        if row is None:
            return redirect(reverse("admin:pages_sitesettings_add"))
        return redirect(reverse("admin:pages_sitesettings_change", args=[row.pk]))


@admin.register(Page)
class PageAdmin(AltTextReminderMixin, BilingualAdmin, DraggableMPTTAdmin, HistoryAdmin):
    list_display = ["tree_actions", "indented_title", "path_link", "layout", "show_in_nav", "is_published"]
    list_display_links = ["indented_title"]
    list_filter = ["is_published", "show_in_nav", "layout"]
    search_fields = ["title", "nav_title", "slug", "summary", "body"]
    readonly_fields = ["path", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "nav_title", "parent", "slug", "path", "layout", "is_published"]}),
        (_("Content"), {"fields": ["summary", "body"]}),
        (_("Navigation"), {"fields": ["show_in_nav", "menu_includes_self", "link_url"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
        (None, {"fields": ["updated_at"]}),
    ]

    @admin.display(description=_("address"))
    def path_link(self, page):
        url = page.get_absolute_url()
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)


@admin.register(Banner)
class BannerAdmin(KeepUploadsMixin, BilingualAdmin, PublishedListAdmin):
    list_display = ["title", "subtitle", "link", "order", "is_published"]
    search_fields = ["title", "subtitle"]


@admin.register(Honor)
class HonorAdmin(KeepUploadsMixin, BilingualAdmin, PublishedListAdmin):
    list_display = ["title", "year", "issuer", "order", "is_published"]
    list_filter = ["is_published", "year"]
    search_fields = ["title", "issuer"]


@admin.register(PartnerBrand)
class PartnerBrandAdmin(KeepUploadsMixin, PublishedListAdmin):
    list_display = ["name", "name_en", "url", "order", "is_published"]
    search_fields = ["name", "name_en"]


@attention.register
def draft_pages(user):
    """The admin home's "需要处理" panel (core.attention): unpublished pages; one query."""
    return attention.drafts(user, Page, _("Draft pages"))
