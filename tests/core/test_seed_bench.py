"""manage.py seed_bench: the bench database at a small scale, written once, never the site's own."""

import io
import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from careers.models import Application
from core.demo.bench import BenchSize, Progress
from news.models import Article
from products.models import Category, Product, ProductSpec, SpecField
from service.models import Message

SIZE = BenchSize().scaled(0.02)


def seed():
    """Run by tests/conftest.py's module fixture: seed_bench as its child process runs, in this test database."""
    os.environ["KEDE_SEEDING_BENCH"] = "1"
    try:
        call_command("seed_bench", scale=0.02, stdout=io.StringIO(), stderr=io.StringIO())
    finally:
        del os.environ["KEDE_SEEDING_BENCH"]


@pytest.mark.slow
def test_seed_bench_writes_the_scaled_counts(seeded):
    assert (SIZE.categories, SIZE.products, SIZE.articles) == (45, 100, 400)
    assert Category.objects.count() == SIZE.categories
    assert Product.objects.count() == SIZE.products
    assert Article.objects.count() == SIZE.articles
    assert Message.objects.count() == SIZE.messages
    assert Application.objects.count() == SIZE.applications
    assert all(phone.startswith("+86") for phone in Application.objects.values_list("phone", flat=True))


@pytest.mark.slow
def test_seed_bench_builds_a_valid_category_tree(seeded):
    before = list(Category.objects.order_by("pk").values_list("pk", "tree_id", "lft", "rght", "level"))
    Category.objects.rebuild()  # a valid tree is one that rebuilding leaves as it is
    after = list(Category.objects.order_by("pk").values_list("pk", "tree_id", "lft", "rght", "level"))
    assert before == after
    assert Category.objects.filter(parent__isnull=True).count() == 9


@pytest.mark.slow
def test_seed_bench_fills_every_spec_of_every_product(seeded):
    for product in Product.objects.filter(slug__startswith="bench-").select_related("category"):
        fields = SpecField.objects.filter(category_id=product.category.parent_id).count()
        filled = ProductSpec.objects.filter(product=product).exclude(value="").count()
        assert fields and filled == fields, product


@pytest.mark.slow
def test_seed_bench_pages_answer(seeded, client):
    product = Product.objects.filter(slug__startswith="bench-").select_related("category").last()
    category = Category.objects.filter(parent__isnull=False).last()
    article = Article.objects.filter(slug__startswith="bench-").last()
    for url in ["/", category.get_absolute_url(), product.get_absolute_url(), "/news/?page=20",
                article.get_absolute_url(), "/products/search/?q=KD"]:  # fmt: skip
        assert client.get(url).status_code == 200, url


@pytest.mark.slow
def test_seed_bench_articles_are_found_by_the_site_search(seeded, client):
    article = Article.objects.filter(slug__startswith="bench-").last()
    assert article.search_title and article.search_text  # bulk rows: filled by rebuild_search_text
    response = client.get("/search/", {"q": article.title, "kind": "articles"})
    assert article.get_absolute_url() in response.content.decode()


@pytest.mark.slow
def test_second_seed_bench_run_writes_nothing(seeded):
    models = (Category, Product, ProductSpec, Article, Message, Application)
    counts = [model.objects.count() for model in models]
    out = io.StringIO()
    os.environ["KEDE_SEEDING_BENCH"] = "1"
    try:
        call_command("seed_bench", scale=0.02, stdout=out, stderr=io.StringIO())
    finally:
        del os.environ["KEDE_SEEDING_BENCH"]
    assert [
        model.objects.count() for model in (Category, Product, ProductSpec, Article, Message, Application)
    ] == counts
    assert "products:" not in out.getvalue()


def _url_of(settings_dict):
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user, password = settings_dict.get("USER") or "", settings_dict.get("PASSWORD") or ""
    host, port = settings_dict.get("HOST") or "localhost", settings_dict.get("PORT") or 5432
    return f"postgres://{user}:{password}@{host}:{port}/{settings_dict['NAME']}"


@pytest.mark.django_db
def test_seed_bench_refuses_the_sites_own_database():
    before = Product.objects.count()
    with pytest.raises(CommandError, match="separate database"):
        call_command("seed_bench", database_url=_url_of(connection.settings_dict), stdout=io.StringIO())
    assert Product.objects.count() == before


@pytest.mark.parametrize("scale", [0, -1, 11])
def test_seed_bench_refuses_a_silly_scale(scale):
    with pytest.raises(CommandError, match="--scale"):
        call_command("seed_bench", scale=scale)


def test_progress_bar_without_a_terminal_prints_one_final_line():
    out = io.StringIO()
    with Progress("articles", 10, out) as bar:
        for _ in range(10):
            bar.advance()
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert "10/10" in lines[0] and "#" * Progress.width in lines[0]
