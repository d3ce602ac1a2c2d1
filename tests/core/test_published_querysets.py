"""One vocabulary for visibility: every model a visitor may or may not see speaks core's PublishedQuerySet."""

import pytest
from django.apps import apps

from core.models import PublicContentModel
from core.querysets import PublishedQuerySet, PublishedTreeQuerySet
from news.models import Article
from pages.models import Page
from products.models import Category, Product

OUR_APPS = {"core", "pages", "products", "news"}


def publishable_models():
    """Public content with a visibility flag or status: the ones a visitor may be refused. (A visitor's
    submission or the e-mail queue has a status too, but no visitor ever browses it.)"""
    found = []
    for model in apps.get_models():
        fields = {field.name for field in model._meta.get_fields()}
        public = issubclass(model, PublicContentModel)
        if model._meta.app_label in OUR_APPS and public and fields & {"is_published", "status", "is_active"}:
            found.append(model)
    return found


def test_the_visibility_flag_is_called_is_published_everywhere():
    for model in publishable_models():
        assert "is_active" not in {field.name for field in model._meta.get_fields()}, model


@pytest.mark.parametrize("model", publishable_models(), ids=lambda model: model.__name__)
def test_every_publishable_model_has_a_published_queryset(model):
    assert isinstance(model._default_manager.all(), PublishedQuerySet)


def test_publishable_models_include_the_catalog_tree_and_the_news():
    assert {Article, Category, Product, Page} <= set(publishable_models())


def test_trees_hide_a_branch_below_an_unpublished_node():
    assert isinstance(Page.objects.all(), PublishedTreeQuerySet)
    assert isinstance(Category.objects.all(), PublishedTreeQuerySet)


def test_products_have_no_second_word_for_published():
    assert not hasattr(Product.objects.all(), "visible")
