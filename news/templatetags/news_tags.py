from django import template

from ..models import Article

register = template.Library()


@register.simple_tag
def latest_articles(limit=6):
    """The newest published articles (the home page's 新闻动态 block): one query."""
    return list(Article.objects.published().newest(limit))
