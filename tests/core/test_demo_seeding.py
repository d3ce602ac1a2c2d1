"""seed_demo finds each installed app's seeder, orders them by what they declare, runs them in one transaction;
the shared upsert creates what is missing and keeps existing rows, or restores them (saving only what changed)."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from core.demo import in_dependency_order, seeders
from core.demo.seeding import may_write, restoring, upsert
from pages.models import Page
from tests.core.seeder_apps import RUNS

pytestmark = pytest.mark.django_db

BASE_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "core"]


@pytest.fixture
def installed(settings):
    """Install the given test apps (after auth, contenttypes and core) and forget earlier seeder runs."""

    def install(*names):
        settings.INSTALLED_APPS = [*BASE_APPS, *(f"tests.core.seeder_apps.{name}" for name in names)]
        RUNS.clear()

    yield install
    RUNS.clear()


def seed_demo(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def test_the_site_seeds_products_before_the_news_that_link_to_them():
    # INSTALLED_APPS lists news before products; news declares SEED_AFTER = ["products"].
    assert [label for label, _module in seeders()] == ["pages", "products", "news", "careers", "service"]


def test_seed_demo_finds_an_app_it_was_never_told_about_and_runs_it_after_what_it_names(installed):
    installed("alpha", "beta")
    output = seed_demo()
    assert RUNS == ["beta", "alpha"]
    assert output.index("beta: 1 groups; rows 1 created") < output.index("alpha: 2 greetings;")
    assert Group.objects.filter(name="Demo beta").count() == 1


def test_second_seed_demo_run_creates_and_updates_nothing(installed):
    installed("alpha", "beta")
    seed_demo()
    output = seed_demo()
    assert "beta: 1 groups; rows 0 created, 0 updated, 0 unchanged, 1 kept; 0 files written" in output
    assert "existing ones are left as they are" in output
    assert Group.objects.filter(name="Demo beta").count() == 1


def test_seed_demo_reset_says_it_restores_the_demo_content_and_compares_every_row(installed):
    installed("alpha", "beta")
    seed_demo()
    output = seed_demo("--reset")
    assert "Restoring the demo content: editors' changes to demo rows are overwritten." in output
    assert "beta: 1 groups; rows 0 created, 0 updated, 1 unchanged, 0 kept; 0 files written" in output
    assert "Demo content is restored to its demo values." in output


def test_a_failing_seeder_rolls_back_what_the_others_wrote(installed):
    installed("broken", "alpha", "beta")
    with pytest.raises(RuntimeError):
        seed_demo()
    assert RUNS == ["beta", "broken"]
    assert not Group.objects.filter(name="Demo beta").exists()


def test_apps_without_a_seeder_are_skipped(installed):
    installed()
    assert seeders() == []
    assert "Demo content is loaded." in seed_demo()


def test_dependency_order_keeps_the_given_order_where_nothing_is_declared():
    assert in_dependency_order({"pages": [], "news": [], "products": []}) == ["pages", "news", "products"]


def test_dependency_order_moves_an_app_after_the_apps_it_names_and_ignores_unknown_names():
    after = {"pages": [], "news": ["products", "careers"], "products": [], "service": ["news"]}
    assert in_dependency_order(after) == ["pages", "products", "news", "service"]


def test_dependency_cycle_is_a_configuration_error():
    with pytest.raises(ImproperlyConfigured, match="cycle"):
        in_dependency_order({"pages": [], "news": ["products"], "products": ["news"]})


def test_seed_after_given_as_a_string_is_a_configuration_error(installed, monkeypatch):
    installed("alpha", "beta")
    from tests.core.seeder_apps.alpha import demo

    monkeypatch.setattr(demo, "SEED_AFTER", "beta")
    with pytest.raises(ImproperlyConfigured, match="must be a list of app labels"):
        seeders()


def test_upsert_creates_a_missing_row_and_keeps_an_existing_one_as_an_editor_left_it():
    counts = {"created": 0, "updated": 0, "unchanged": 0, "kept": 0}
    page = upsert(counts, Page, parent=None, slug="about", defaults={"title": "关于科德"})
    assert may_write(page)
    Page.objects.filter(pk=page.pk).update(title="编辑改过的标题")
    again = upsert(counts, Page, parent=None, slug="about", defaults={"title": "关于科德"})
    assert again.pk == page.pk and not may_write(again)
    assert Page.objects.get(pk=page.pk).title == "编辑改过的标题"
    assert counts == {"created": 1, "updated": 0, "unchanged": 0, "kept": 1}


def test_restoring_upsert_puts_the_demo_values_back_and_may_write_the_row_links():
    counts = {"created": 0, "updated": 0, "unchanged": 0, "kept": 0}
    page = upsert(counts, Page, parent=None, slug="about", defaults={"title": "关于科德"})
    Page.objects.filter(pk=page.pk).update(title="编辑改过的标题")
    with restoring():
        again = upsert(counts, Page, parent=None, slug="about", defaults={"title": "关于科德"})
        assert may_write(again)
    assert Page.objects.get(pk=page.pk).title == "关于科德"
    assert counts == {"created": 1, "updated": 1, "unchanged": 0, "kept": 0}


@restoring()
def test_upsert_saves_a_row_only_when_a_value_changes():
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    # The sanitizer drops the handler, so the stored body differs from the one given: still unchanged.
    values = {"title": "集团介绍", "body": '<p onclick="steal()">科德集团</p>'}
    page = upsert(counts, Page, parent=None, slug="about", defaults=values)
    stamp = page.updated_at
    again = upsert(counts, Page, parent=None, slug="about", defaults=values)
    assert again.pk == page.pk and Page.objects.get(pk=page.pk).updated_at == stamp
    changed = upsert(counts, Page, parent=None, slug="about", defaults=values | {"title": "科德简介"})
    assert changed.pk == page.pk and Page.objects.get(pk=page.pk).title == "科德简介"
    assert counts == {"created": 1, "updated": 1, "unchanged": 1}
    assert Page.objects.count() == 1


@restoring()
def test_upsert_compares_a_related_row_by_its_key():
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    about = upsert(counts, Page, parent=None, slug="about", defaults={"title": "关于科德"})
    upsert(counts, Page, slug="culture", defaults={"parent": about, "title": "科德文化"})
    # A fresh copy of the parent row, as a seeder fetches it, is the same parent.
    upsert(counts, Page, slug="culture", defaults={"parent": Page.objects.get(pk=about.pk), "title": "科德文化"})
    assert counts == {"created": 2, "updated": 0, "unchanged": 1}
    contact = upsert(counts, Page, parent=None, slug="contact", defaults={"title": "联系我们"})
    moved = upsert(counts, Page, slug="culture", defaults={"parent": contact, "title": "科德文化"})
    assert counts["updated"] == 1 and Page.objects.get(pk=moved.pk).path == "contact/culture/"
