"""The content version: public content retires cached pages and fragments; visitors' submissions never do."""

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.db import connection, models
from django.test.utils import isolate_apps

from careers.factories import JobFactory, PrivacyNoticeFactory, QuestionFactory
from careers.models import Application, ApplicationEvent, Job, PrivacyNotice, Question, ResumeDownload
from core.cache import cached_by_version, content_version
from core.models import PublicContentModel, TimeStampedModel
from news.factories import ArticleFactory, AttachmentFactory, NewsCategoryFactory
from news.models import Article, Attachment, NewsCategory
from pages.factories import (
    BannerFactory,
    HonorFactory,
    PageFactory,
    PartnerBrandFactory,
    SiteSettingsFactory,
    image_file,
)
from pages.models import Banner, Honor, Page, PartnerBrand, SiteSettings
from products.factories import (
    CaseFactory,
    CategoryFactory,
    ExcavatorBrandFactory,
    ProductFactory,
    ProductSpecFactory,
    SpecFieldFactory,
    VideoFactory,
)
from products.models import (
    Case,
    CaseImage,
    Category,
    ExcavatorBrand,
    Product,
    ProductImage,
    ProductSpec,
    SpecField,
    Video,
)

pytestmark = pytest.mark.django_db

# Every model of the content apps, and how to make one.
MAKERS = {
    SiteSettings: SiteSettingsFactory,
    Page: PageFactory,
    Banner: BannerFactory,
    Honor: HonorFactory,
    PartnerBrand: PartnerBrandFactory,
    NewsCategory: NewsCategoryFactory,
    Article: ArticleFactory,
    Attachment: AttachmentFactory,
    Category: CategoryFactory,
    SpecField: SpecFieldFactory,
    ExcavatorBrand: ExcavatorBrandFactory,
    Product: ProductFactory,
    ProductSpec: ProductSpecFactory,
    ProductImage: lambda: ProductImage.objects.create(product=ProductFactory(), image=image_file()),
    Case: CaseFactory,
    CaseImage: lambda: CaseImage.objects.create(case=CaseFactory(), image=image_file()),
    Video: VideoFactory,
    Job: JobFactory,
    Question: QuestionFactory,
    PrivacyNotice: PrivacyNoticeFactory,
}
# Visitors' submissions and HR's records: never public content (a submission must not empty the page cache).
PRIVATE_MODELS = {Application, ApplicationEvent, ResumeDownload}


def test_every_model_of_the_content_apps_is_public_content_and_tested_here():
    content_models = {
        model
        for label in ["pages", "news", "products", "careers"]
        for model in apps.get_app_config(label).get_models()
        if model not in PRIVATE_MODELS
    }
    assert content_models == set(MAKERS)
    assert not any(issubclass(model, PublicContentModel) for model in PRIVATE_MODELS)
    assert all(issubclass(model, PublicContentModel) for model in content_models)


@pytest.mark.parametrize("model", list(MAKERS), ids=lambda model: model._meta.model_name)
def test_saving_or_deleting_public_content_retires_cached_pages(model):
    item = MAKERS[model]()
    before = content_version()
    item.save()
    assert content_version() != before, "saving"
    if model is not SiteSettings:  # the one settings row cannot be deleted
        before = content_version()
        item.delete()
        assert content_version() != before, "deleting"


LINKS = {
    "product-brands": lambda product: (product.brands, ExcavatorBrandFactory()),
    "brand-products": lambda product: (ExcavatorBrandFactory().product_set, product),
    "article-products": lambda product: (ArticleFactory().related_products, product),
    "case-products": lambda product: (CaseFactory().products, product),
    "video-products": lambda product: (VideoFactory().products, product),
}


@pytest.mark.parametrize("link", list(LINKS))
def test_linking_public_content_retires_cached_pages(link):
    links, other = LINKS[link](ProductFactory())
    for change in [lambda: links.add(other), lambda: links.remove(other), lambda: links.set([other]), links.clear]:
        before = content_version()
        change()
        assert content_version() != before


@pytest.mark.django_db(transaction=True)
def test_a_visitors_submission_does_not_retire_cached_pages(client):
    SiteSettingsFactory()
    PageFactory(title="集团介绍", slug="about")
    with isolate_apps("core"):

        class Submission(TimeStampedModel):
            """Like a job application or a service message: timestamped, not public content."""

            message = models.TextField()

            class Meta:
                app_label = "core"

        with connection.schema_editor() as editor:
            editor.create_model(Submission)
        try:
            client.get("/about/")
            Submission.objects.create(message="请尽快联系我")
            Submission.objects.create(message="第二位访客的留言")
            User.objects.create_user("visitor", password="a-long-password")
            assert client.get("/about/")["X-Cache"] == "hit"
        finally:
            with connection.schema_editor() as editor:
                editor.delete_model(Submission)


def test_a_cached_fragment_is_built_once_per_content_version():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert cached_by_version("kede:test-fragment", build) == 1
    assert cached_by_version("kede:test-fragment", build) == 1
    PartnerBrandFactory()
    assert cached_by_version("kede:test-fragment", build) == 2


@pytest.mark.django_db(transaction=True)
def test_an_edit_bumps_the_version_again_when_its_transaction_commits():
    """Until the commit, other workers read the old rows and may cache them under the new version:
    the bump after the commit retires those copies."""
    from django.db import transaction

    page = PageFactory(slug="about")
    with transaction.atomic():
        page.title = "科德集团简介"
        page.save()
        page.save()  # a second save in the same transaction adds no second callback
        assert len(transaction.get_connection().run_on_commit) == 1
        during = content_version()
    assert content_version() != during
