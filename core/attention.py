"""What needs attention, for the admin home's "需要处理" panel.

Each app says what of its own waits for staff (drafts, scheduled articles, new messages …) with a
function registered here from its ``admin.py``, as it registers its ModelAdmins::

    @attention.register
    def news_attention(user):
        if not attention.may_view(user, Article):
            return []
        return [attention.Item(_("Draft articles"), count, url)]

The function gets the logged-in staff user, returns the items that user may see (empty when they may
view none of the models) and costs a fixed number of queries whatever the amount of data. The panel
(``core.templatetags.attention``) shows only the items with a count above zero, in registration order.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse

_contributors = []


@dataclass(frozen=True)
class Entry:
    """One dated thing listed under an item (a scheduled article and its publication time)."""

    title: str
    when: datetime
    url: str


@dataclass(frozen=True)
class Item:
    """A count of things waiting, the admin list that shows them, and optionally the next few of them."""

    label: str
    count: int
    url: str
    entries: list[Entry] = field(default_factory=list)


def register(contributor: Callable) -> Callable:
    """Register ``contributor(user) -> [Item, …]``; usable as a decorator. Registering twice is harmless."""
    if contributor not in _contributors:
        _contributors.append(contributor)
    return contributor


def may_view(user, model) -> bool:
    return user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")


def changelist(model, query: str = "") -> str:
    """The admin list of ``model``, filtered by ``query`` (``"status__exact=new"``)."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{query}" if query else url


def change_page(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def drafts(user, model, label) -> list[Item]:
    """The item "drafts of ``model``" (``model.objects.drafts()``), if the user may view the model; one query."""
    if not may_view(user, model):
        return []
    return [Item(label, model.objects.drafts().count(), changelist(model, "is_published__exact=0"))]


def items_for(user) -> list[Item] | None:
    """The items waiting for ``user``: None when no contributor has anything the user may view (no panel),
    else the items with something waiting (possibly none: the calm empty state)."""
    if user is None or not user.is_active or not user.is_staff:
        return None
    offered = [item for contributor in _contributors for item in contributor(user)]
    if not offered:
        return None
    return [item for item in offered if item.count]
