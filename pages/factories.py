"""factory-boy factories for the site shell; used by the tests."""

import factory

from core.factories import image_file

from .models import Banner, Honor, Page, PartnerBrand, SiteSettings


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteSettings
        django_get_or_create = ["id"]

    id = 1
    company_name = "衡阳市科德工程机械制造有限公司"
    short_name = "科德集团"
    hotline = "400-0734-868"
    phone = "0734-8888666"
    email = "sales@example.com"
    address = "湖南省衡阳市白沙洲工业园区"
    icp_number = "湘ICP备2020019050号-1"
    copyright_line = "© 2026 衡阳市科德工程机械制造有限公司 版权所有"


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    title = factory.Sequence(lambda n: f"页面{n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    body = "<p>正文内容。</p>"
    is_published = True
    show_in_nav = True


class BannerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Banner

    title = factory.Sequence(lambda n: f"横幅{n}")
    alt = "挖掘机装着科德破碎锤在工地作业"
    image = factory.LazyFunction(lambda: image_file("banner.jpg", (1920, 700)))


class HonorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Honor

    title = factory.Sequence(lambda n: f"荣誉证书{n}")
    year = 2020
    alt = factory.LazyAttribute(lambda honor: f"{honor.title}证书照片")
    image = factory.LazyFunction(lambda: image_file("honor.jpg", (600, 840), (250, 245, 230)))


class PartnerBrandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerBrand

    name = factory.Sequence(lambda n: f"品牌{n}")
    url = "https://www.example.com/"
