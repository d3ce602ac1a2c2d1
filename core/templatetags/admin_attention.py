"""The admin home's "需要处理" panel: what the apps registered with core.attention, for the logged-in user."""

from django import template

from core import attention

register = template.Library()


@register.inclusion_tag("admin/_attention.html", takes_context=True)
def attention_panel(context):
    request = context.get("request")
    return {"items": attention.items_for(getattr(request, "user", None))}
