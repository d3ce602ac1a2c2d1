from django.contrib import admin, messages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Article, Attachment, NewsCategory


@admin.register(NewsCategory)
class NewsCategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "slug"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "order"]}),
        (_("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 1
    fields = ["title", "file", "human_size", "order"]
    readonly_fields = ["human_size"]

    @admin.display(description=_("size"))
    def human_size(self, attachment):
        return filesizeformat(attachment.size) if attachment.pk else "—"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "state", "publish_at", "is_pinned", "view_count"]
    list_filter = ["category", "status", "is_pinned", "publish_at"]
    list_select_related = ["category"]
    search_fields = ["title", "summary", "body", "source", "author"]
    date_hierarchy = "publish_at"
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
        # One by one, so each save bumps the content version and cached pages refresh.
        articles = list(queryset.exclude(status=Article.Status.PUBLISHED))
        for article in articles:
            article.status = Article.Status.PUBLISHED
            article.save(update_fields=["status", "updated_at"])
        count = len(articles)
        self.message_user(
            request,
            ngettext("%(count)d article was published.", "%(count)d articles were published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected articles (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        articles = list(queryset.filter(status=Article.Status.PUBLISHED))
        for article in articles:
            article.status = Article.Status.DRAFT
            article.save(update_fields=["status", "updated_at"])
        count = len(articles)
        self.message_user(
            request,
            ngettext("%(count)d article was unpublished.", "%(count)d articles were unpublished.", count)
            % {"count": count},
            messages.SUCCESS,
        )
