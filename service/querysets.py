"""What of the service app a visitor may see and what staff work with, written once."""

from django.db import models
from django.db.models import Q

from core.querysets import PublishedQuerySet


class OfficeQuerySet(PublishedQuerySet):
    def covering(self, province_code):
        """Published offices whose coverage lists the province (offices first, then dealers; then by order).

        The JSON list is matched portably (SQLite has no JSON ``contains``): the quoted code inside the
        stored text, which cannot match a different code since every code is a whole quoted string.
        """
        if not province_code:
            return self.none()
        return (
            self.published().filter(provinces_covered__icontains=f'"{province_code}"').order_by("kind", "order", "pk")
        )

    def route(self, province_code):
        """The office a submission from this province goes to, or None."""
        return self.covering(province_code).first()

    def in_province(self, province_code):
        """Offices that sit in the province or cover it: what the network filter shows."""
        return self.filter(Q(province=province_code) | Q(provinces_covered__icontains=f'"{province_code}"'))

    def for_list(self):
        return self.order_by("region", "province", "kind", "order", "pk")


class RepairStepQuerySet(PublishedQuerySet):
    pass


class MessageQuerySet(models.QuerySet):
    def on_board(self):
        """Messages staff approved for the public board, with a reply, newest first."""
        return self.filter(on_board=True).order_by("-created_at", "-pk")

    def new(self):
        return self.filter(status="new")

    def inquiries(self):
        return self.filter(kind="inquiry")

    def plain_messages(self):
        return self.filter(kind="message")


class RepairRequestQuerySet(models.QuerySet):
    def new(self):
        return self.filter(status="new")

    def lookup(self, reference, phone):
        """The request with this reference AND phone, or None: a wrong reference and a wrong phone look alike."""
        if not reference or not phone:
            return None
        return self.filter(reference=reference.strip().upper(), phone=phone).first()
