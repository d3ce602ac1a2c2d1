from modeltranslation.translator import register

from core.translation import SEO_FIELDS, ContentTranslation

from .models import Case, CaseImage, Category, Product, ProductImage, SpecField, Video


@register(Category)
class CategoryTranslation(ContentTranslation):
    fields = ("name", "summary", "description", *SEO_FIELDS)


@register(SpecField)
class SpecFieldTranslation(ContentTranslation):
    fields = ("name", "unit")
    # An English name left empty is NULL, not "": the names are unique per product type in each language.
    empty_values = None


@register(Product)
class ProductTranslation(ContentTranslation):
    fields = ("name", "summary", "body", *SEO_FIELDS)


@register([ProductImage, CaseImage])
class GalleryImageTranslation(ContentTranslation):
    fields = ("alt",)


@register(Case)
class CaseTranslation(ContentTranslation):
    fields = ("title", "location", "summary", "body", *SEO_FIELDS)


@register(Video)
class VideoTranslation(ContentTranslation):
    fields = ("title", "description")
