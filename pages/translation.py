from modeltranslation.translator import register

from core.translation import SEO_FIELDS, ContentTranslation

from .models import Banner, Honor, Page, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(ContentTranslation):
    fields = ("company_name", "short_name", "address", "copyright_line", "meta_description", "profile_summary")


@register(Page)
class PageTranslation(ContentTranslation):
    fields = ("title", "nav_title", "summary", "body", *SEO_FIELDS)


@register(Banner)
class BannerTranslation(ContentTranslation):
    fields = ("title", "subtitle", "alt")


@register(Honor)
class HonorTranslation(ContentTranslation):
    fields = ("title", "issuer", "alt")
