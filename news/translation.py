from modeltranslation.translator import register

from core.translation import SEO_FIELDS, ContentTranslation

from .models import Article, Attachment, NewsCategory


@register(NewsCategory)
class NewsCategoryTranslation(ContentTranslation):
    fields = ("name", "summary", *SEO_FIELDS)


@register(Article)
class ArticleTranslation(ContentTranslation):
    fields = ("title", "summary", "body", *SEO_FIELDS)


@register(Attachment)
class AttachmentTranslation(ContentTranslation):
    fields = ("title",)
