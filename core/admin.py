"""Admin building blocks shared by the apps (core registers no models itself)."""

from django.contrib import admin


class PublishedListAdmin(admin.ModelAdmin):
    """An ordered, publishable model: order and published are edited right in the list."""

    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
