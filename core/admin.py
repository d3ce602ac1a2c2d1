"""Admin building blocks shared by the apps, and the outgoing e-mail queue (superusers only, read-only)."""

from django.contrib import admin

from .models import OutgoingMail


class PublishedListAdmin(admin.ModelAdmin):
    """An ordered, publishable model: order and published are edited right in the list."""

    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """What the site sent or failed to send. E-mails hold visitors' data (names, phone numbers), so only
    superusers see them, and nobody edits them: ``send_queued_mail`` retries failed ones."""

    list_display = ["subject", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject"]
    date_hierarchy = "created_at"
    fields = ["to", "reply_to", "subject", "body", "status", "attempts", "last_error", "created_at", "sent_at"]
    readonly_fields = fields

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
