from django.contrib import admin, messages
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import attention
from core.admin import AltTextReminderMixin, BilingualAdmin, BilingualTabularInline, year_filter
from core.admin_delete import LinkedDeleteMixin
from core.cache import content_changed
from core.history import HistoryAdmin
from core.keep_uploads import KeepUploadsMixin

from .models import Article, Attachment, NewsCategory


@admin.register(NewsCategory)
class NewsCategoryAdmin(BilingualAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "slug"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "order"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]


class AttachmentInline(BilingualTabularInline):
    model = Attachment
    extra = 1
    fields = ["title", "file", "human_size", "order"]
    readonly_fields = ["human_size"]

    @admin.display(description=_("size"))
    def human_size(self, attachment):
        return filesizeformat(attachment.size) if attachment.pk else "—"


class PublicationFilter(admin.SimpleListFilter):
    """Draft, scheduled (published with a publication time to come) or on the site; the admin home links here."""

    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("draft", _("Draft")), ("scheduled", _("Scheduled")), ("live", _("On the site"))]

    def queryset(self, request, queryset):
        if self.value() == "draft":
            return queryset.drafts()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "live":
            return queryset.published()
        return queryset


@admin.register(Article)
class ArticleAdmin(KeepUploadsMixin, AltTextReminderMixin, LinkedDeleteMixin, BilingualAdmin, HistoryAdmin):
    list_display = ["title", "category", "state", "publish_at", "is_pinned", "view_count"]
    # A year filter, not date_hierarchy: its year list costs a pass over every article (see core.admin).
    list_filter = ["category", PublicationFilter, "is_pinned", "publish_at", year_filter("publish_at")]
    list_select_related = ["category"]
    search_fields = ["title", "summary", "body", "source", "author"]
    autocomplete_fields = ["related_products"]
    readonly_fields = ["view_count", "updated_at"]
    inlines = [AttachmentInline]
    actions = ["publish", "unpublish"]
    view_on_site = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "source", "author", "summary", "cover"]}),
        (_("Publishing"), {"fields": ["status", "publish_at", "is_pinned"]}),
        (_("Content"), {"fields": ["body", "related_products"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
        (None, {"fields": ["view_count", "updated_at"]}),
    ]

    @admin.display(description=_("status"), ordering="status")
    def state(self, article):
        if article.is_scheduled:
            return _("Scheduled")
        return article.get_status_display()

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        count = self._set_status(queryset.exclude(status=Article.Status.PUBLISHED), Article.Status.PUBLISHED)
        message = ngettext("%(count)d article was published.", "%(count)d articles were published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Unpublish the selected articles (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._set_status(queryset.filter(status=Article.Status.PUBLISHED), Article.Status.DRAFT)
        message = ngettext("%(count)d article was unpublished.", "%(count)d articles were unpublished.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @staticmethod
    def _set_status(queryset, status):
        """One UPDATE for the whole selection, then one content-version bump so cached pages refresh."""
        count = queryset.update(status=status, updated_at=timezone.now())
        if count:
            content_changed()
        return count


@attention.register
def news_attention(user):
    """The admin home's "需要处理" panel (core.attention): draft articles, and the scheduled ones with the
    next five listed by publication time; three queries."""
    if not attention.may_view(user, Article):
        return []
    entries = [
        attention.Entry(article.title, article.publish_at, attention.change_page(article))
        for article in Article.objects.scheduled().only("pk", "title", "publish_at")[:5]
    ]
    drafts = Article.objects.drafts().count()
    scheduled = Article.objects.scheduled().count()
    return [
        attention.Item(_("Draft articles"), drafts, attention.changelist(Article, "publication=draft")),
        attention.Item(
            _("Scheduled articles"), scheduled, attention.changelist(Article, "publication=scheduled"), entries
        ),
    ]
