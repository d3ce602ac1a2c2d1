"""What of the news a visitor may see, written once."""

from django.db.models import Q
from django.utils import timezone

from core.querysets import PublishedQuerySet


class ArticleQuerySet(PublishedQuerySet):
    """``visible_to(user)`` comes from core: staff also preview drafts and scheduled articles."""

    def published(self):
        """Articles marked published whose publication time has come."""
        return self.filter(status=self.model.Status.PUBLISHED, publish_at__lte=timezone.now())

    def drafts(self):
        return self.filter(status=self.model.Status.DRAFT)

    def scheduled(self):
        """Articles marked published whose publication time is still to come, the next first."""
        return self.filter(status=self.model.Status.PUBLISHED, publish_at__gt=timezone.now()).order_by("publish_at")

    def in_category(self, category):
        return self.filter(category=category)

    def for_list(self):
        """Pinned articles first, then the newest; with the category for links.

        ``is_pinned IN (true, false)`` matches every row; it lets the database see that the
        (status, is_pinned, publish_at) index gives this order, so the first page is read off
        it instead of sorting every published article (SQLite otherwise prefers the
        (status, publish_at) index of ``newest()`` and sorts).
        """
        return (
            self.filter(is_pinned__in=[True, False])
            .select_related("category")
            .order_by("-is_pinned", "-publish_at", "-pk")
        )

    def newest(self, limit):
        return self.select_related("category").order_by("-publish_at", "-pk")[:limit]

    def before(self, article):
        """Articles published before ``article`` in its category, the nearest first."""
        # "At or before its time, but not itself or a later one of the same time": written without an OR, so
        # PostgreSQL walks the news_article_listing index back from the article and stops at the first row
        # (with the OR it gathered every earlier article of the category and sorted them: 20 ms at 20,000).
        same_time_or_later = Q(publish_at=article.publish_at, pk__gte=article.pk)
        return (
            self.filter(category_id=article.category_id, publish_at__lte=article.publish_at)
            .exclude(same_time_or_later)
            .order_by("-publish_at", "-pk")
        )

    def after(self, article):
        """Articles published after ``article`` in its category, the nearest first."""
        same_time_or_earlier = Q(publish_at=article.publish_at, pk__lte=article.pk)  # see before()
        return (
            self.filter(category_id=article.category_id, publish_at__gte=article.publish_at)
            .exclude(same_time_or_earlier)
            .order_by("publish_at", "pk")
        )

    def next_publication_after(self, moment):
        """When the published articles next change by themselves: the earliest publication time after
        ``moment`` of an article marked published, or None (see core.cache.register_schedule)."""
        scheduled = self.filter(status=self.model.Status.PUBLISHED, publish_at__gt=moment).order_by("publish_at")
        return scheduled.values_list("publish_at", flat=True).first()
