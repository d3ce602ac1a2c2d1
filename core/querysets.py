"""Base querysets shared by the apps."""

from django.db import models


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """What a visitor may see."""
        return self.filter(is_published=True)

    def visible_to(self, user):
        """Everything for staff (drafts are previewed on the site), published content for others."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()
