"""factory-boy factories for the news; used by the tests."""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from core.demo.documents import pdf_document

from .models import Article, Attachment, NewsCategory


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"新闻类别{n}")
    slug = factory.Sequence(lambda n: f"news-category-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"科德新闻{n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    category = factory.SubFactory(NewsCategoryFactory)
    status = Article.Status.PUBLISHED
    # Later articles are newer, and every one is in the past however many a test session makes (a count of
    # days from 1000 went into the future after the thousandth article, and those were then scheduled).
    publish_at = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(days=1, minutes=10**6 - n))
    source = "科德集团"
    summary = "科德集团新闻摘要。"
    body = "<p>正文内容。</p>"


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attachment

    article = factory.SubFactory(ArticleFactory)
    title = "产品手册"
    file = factory.LazyFunction(lambda: ContentFile(pdf_document("Kede manual"), name="manual.pdf"))
