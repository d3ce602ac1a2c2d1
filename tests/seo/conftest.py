"""A small public site of every kind of page, on the site address https://www.kede.example."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone, translation

from careers.factories import JobFactory, QuestionFactory
from news.factories import ArticleFactory, NewsCategoryFactory
from news.models import Article
from pages.factories import PageFactory
from products.factories import CaseFactory, VideoFactory
from tests.english import translate_titles

SITE = "https://www.kede.example"


@pytest.fixture(autouse=True)
def _default_language():
    """Addresses the tests compute are the default language's, whatever language a former request left active."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def public_site(catalog, settings):  # noqa: F811 - pytest's settings fixture
    """A catalog plus one of every kind, published and not: pages, cases, videos, articles, openings."""
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["*"]  # a request may name any host: the addresses must not follow it
    about = PageFactory(title="集团介绍", slug="about")
    PageFactory(title="企业文化", slug="culture", parent=about)
    PageFactory(title="草稿页面", slug="draft-page", parent=about, is_published=False)
    company = NewsCategoryFactory(name="公司新闻", slug="company")
    now = timezone.now()
    objects = {
        "article": ArticleFactory(slug="launch", category=company, publish_at=now - datetime.timedelta(days=2)),
        "draft_article": ArticleFactory(slug="draft", category=company, status=Article.Status.DRAFT),
        "scheduled": ArticleFactory(slug="scheduled", category=company, publish_at=now + datetime.timedelta(days=1)),
        "case": CaseFactory(slug="quarry"),
        "draft_case": CaseFactory(slug="draft-case", is_published=False),
        "video": VideoFactory(title="破碎锤演示"),
        "job": JobFactory(slug="open-one", closes_on=timezone.localdate() + datetime.timedelta(days=30)),
        "question": QuestionFactory(question="应届毕业生可以应聘吗？", answer="<p>可以，欢迎<b>应届生</b>。</p>"),
        "closed_job": JobFactory(slug="closed-one", closes_on=timezone.localdate() - datetime.timedelta(days=1)),
        "draft_job": JobFactory(slug="draft-job", is_published=False),
    }
    catalog["kd45"].is_published = False
    catalog["kd45"].save()
    translate_titles()
    return {**catalog, **objects}
