"""The service desk on the admin index: how many new messages, inquiries and repair requests wait."""

from django import template
from django.db.models import Count, Q
from django.urls import reverse

from ..models import Inquiry, Message, PlainMessage, RepairRequest, Status

register = template.Library()

INBOXES = [(PlainMessage, Message.Kind.MESSAGE), (Inquiry, Message.Kind.INQUIRY), (RepairRequest, None)]


@register.simple_tag(takes_context=True)
def new_service_items(context):
    """``[{"label", "count", "url"}, …]`` for the inboxes the user may view: at most two queries, none
    for a user who may view none of them (the editors, HR)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_active or not user.is_staff:
        return []
    allowed = [(model, kind) for model, kind in INBOXES if user.has_perm(f"service.view_{model._meta.model_name}")]
    if not allowed:
        return []
    counts = {}
    kinds = [kind for _model, kind in allowed if kind]
    if kinds:
        counts.update(
            Message.objects.aggregate(**{kind: Count("pk", filter=Q(kind=kind, status=Status.NEW)) for kind in kinds})
        )
    if any(kind is None for _model, kind in allowed):
        counts[None] = RepairRequest.objects.filter(status=Status.NEW).count()
    items = []
    for model, kind in allowed:
        url = reverse(f"admin:service_{model._meta.model_name}_changelist") + "?status__exact=new"
        items.append({"label": model._meta.verbose_name_plural, "count": counts[kind], "url": url})
    return items
