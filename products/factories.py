"""factory-boy factories for the catalog; used by the tests."""

from decimal import Decimal

import factory

from core.factories import image_file

from .models import Case, Category, ExcavatorBrand, Product, ProductSpec, SpecField, Video


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"类别{n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class SpecFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpecField

    category = factory.SubFactory(CategoryFactory)
    name = factory.Sequence(lambda n: f"参数{n}")
    unit = "kg"


class ExcavatorBrandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExcavatorBrand
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"品牌{n}")
    slug = factory.Sequence(lambda n: f"brand-{n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"产品{n}")
    model_number = factory.Sequence(lambda n: f"KD-{n:03d}")
    slug = factory.Sequence(lambda n: f"product-{n}")
    category = factory.SubFactory(CategoryFactory)
    summary = "坚固耐用的挖掘机属具。"
    carrier_min_t = Decimal("10")
    carrier_max_t = Decimal("20")
    is_published = True  # models start as drafts; tests mostly want what visitors see

    class Params:
        with_cover = factory.Trait(cover=factory.LazyFunction(lambda: image_file("cover.jpg", (1200, 900))))


class ProductSpecFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductSpec

    product = factory.SubFactory(ProductFactory)
    field = factory.SubFactory(SpecFieldFactory)
    value = "100"


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    title = factory.Sequence(lambda n: f"施工案例{n}")
    slug = factory.Sequence(lambda n: f"case-{n}")
    location = "湖南衡阳"
    is_published = True  # models start as drafts; tests mostly want what visitors see
    body = "<p>项目介绍。</p>"


class VideoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Video

    title = factory.Sequence(lambda n: f"产品视频{n}")
    is_published = True  # models start as drafts; tests mostly want what visitors see
    embed_url = "https://player.bilibili.com/player.html?bvid=BV1xx411c7mD"
