"""Test sites in both content languages."""

from django.db.models import F, Value
from django.db.models.functions import Concat

from careers.models import Job
from core.cache import content_changed
from news.models import Article, NewsCategory
from pages.models import Page
from products.models import Case, Category, Product, Video


def translate_titles():
    """Every object gets an English title or name: an untranslated one would be left out of the English sitemap
    and hreflang links (see tests/test_content_languages.py)."""
    for model, field in [(Category, "name"), (Product, "name"), (Page, "title"), (NewsCategory, "name"),
                         (Article, "title"), (Case, "title"), (Video, "title"), (Job, "title")]:  # fmt: skip
        model.objects.update(**{f"{field}_en": Concat(Value("English "), F(f"{field}_zh_hans"))})
    content_changed()
