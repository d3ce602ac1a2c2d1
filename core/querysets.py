"""Base querysets shared by the apps: what a visitor may see, written once.

Every model a visitor may or may not see has a queryset built on :class:`PublishedQuerySet`:
``published()`` is what visitors see, ``visible_to(user)`` adds staff previews. Views, feeds,
sitemaps and template tags call these two and never test ``is_staff`` themselves.
"""

from django.db import models
from django.db.models import Exists, OuterRef


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """What a visitor may see. Subclasses narrow it (a publication time, a parent that must be visible)."""
        return self.filter(is_published=True)

    def drafts(self):
        """What editors keep unpublished (the admin home counts them)."""
        return self.filter(is_published=False)

    def visible_to(self, user):
        """Everything for staff (drafts are previewed on the site), published content for others."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()


class PublishedTreeQuerySet(PublishedQuerySet):
    """A tree stored as nested sets (django-mptt's ``tree_id``, ``lft``, ``rght``): unpublishing a node hides
    its whole branch.

    The app querysets combine it with mptt's ``TreeQuerySet``; this class only reads the three columns.
    """

    def published(self):
        """Published nodes none of whose ancestors is unpublished: one query, whatever the depth."""
        hidden_ancestor = self.model._base_manager.filter(
            tree_id=OuterRef("tree_id"), lft__lt=OuterRef("lft"), rght__gt=OuterRef("rght"), is_published=False
        )
        return super().published().filter(~Exists(hidden_ancestor))


class OutgoingMailQuerySet(models.QuerySet):
    """The e-mail queue (core.mail): what is waiting to be sent, and sends that were cut off."""

    def due(self, max_attempts):
        """Waiting or failed, with tries left: what send_queued_mail sends, oldest first."""
        return self.filter(status__in=["pending", "failed"], attempts__lt=max_attempts).order_by("created_at", "pk")

    def stuck(self, before):
        """Claimed for sending before ``before`` and never finished (the process died mid-send)."""
        return self.filter(status="sending", claimed_at__lt=before)


class RowsInOrder:
    """The rows of ``queryset`` whose pks are ``pks``, in that order, read a slice at a time: a paginator's page
    is one query for its own rows, however many pks there are (a search index found them and ranked them).

    Counting is ``len(pks)``; a pk whose row ``queryset`` no longer returns is left out of its page."""

    def __init__(self, queryset, pks):
        self.queryset = queryset
        self.pks = list(pks)

    def count(self):
        return len(self.pks)

    def __len__(self):
        return len(self.pks)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self.queryset.get(pk=self.pks[index])
        pks = self.pks[index]
        rows = self.queryset.in_bulk(pks) if pks else {}
        return [rows[pk] for pk in pks if pk in rows]
