import os
import re
import shutil
import subprocess
import time
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.signals import request_finished
from django.db import transaction
from django.test import Client, override_settings
from django.utils import translation

from pages.factories import SiteSettingsFactory
from products.factories import (
    CategoryFactory,
    ExcavatorBrandFactory,
    ProductFactory,
    ProductSpecFactory,
    SpecFieldFactory,
)

# make test runs the suite on pytest-xdist workers, a test module per unit of work (--dist loadfile). These
# modules take longest (seeding the demo content, axe in Chromium, the Nu checker, the production stack); they
# are handed out first, so that no worker is still running one of them at the end while the other is idle.
# The order changes only how long the run takes, never what runs. Figures: --durations=40 of `make test`.
LONGEST_MODULES = [
    "tests/test_site.py",
    "tests/e2e/test_accessibility.py",
    "tests/test_admin_chinese.py",
    "tests/test_valid_html.py",
    "tests/service/test_seed.py",
    "tests/deploy/test_scale_out.py",
    "tests/service/staff/test_admin_queries.py",
    "tests/pages/test_seed.py",
    "tests/core/test_seed_bench.py",
]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile``, with LONGEST_MODULES first and then the modules with most tests (xdist's order)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LongestModulesFirst(LoadFileScheduling):
        ordered = False

        def _assign_work_unit(self, node):
            if not self.ordered:  # the first call, once the work queue holds every module
                self.ordered = True
                last = len(LONGEST_MODULES)
                rank = {module: (LONGEST_MODULES.index(module) if module in LONGEST_MODULES else last,
                                 -len(tests)) for module, tests in self.workqueue.items()}  # fmt: skip
                for module in sorted(self.workqueue, key=rank.__getitem__):
                    self.workqueue.move_to_end(module)
            super()._assign_work_unit(node)

    return LongestModulesFirst(config, log)


@pytest.fixture(autouse=True)
def _isolated_files_and_cache(settings, tmp_path):
    """Every test writes media and private media under its own tmp_path and starts with an empty cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    cache.clear()
    yield
    cache.clear()


def _default_language(**kwargs):
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _content_language():
    """Each test, and the code after each request it makes, runs in the default language, as a management
    command does. A request's language (LocaleMiddleware) would otherwise stay active in the thread: a test
    would pass or fail with the order the pytest-xdist workers run the modules in, and content created after
    an /en/ request (``ArticleFactory(title=…)``) would be stored as English only
    (modeltranslation writes a translated field given by its own name in the active language)."""
    translation.activate(settings.LANGUAGE_CODE)
    request_finished.connect(_default_language, dispatch_uid="tests.default_language")
    yield
    request_finished.disconnect(dispatch_uid="tests.default_language")
    translation.activate(settings.LANGUAGE_CODE)


REDIS_SERVER = os.environ.get("KEDE_REDIS_SERVER", "/usr/bin/redis-server")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real Redis for the tests that need one: ``KEDE_TEST_REDIS_URL``, else a throw-away redis-server
    on a Unix socket. Without either, skipped on a developer's machine and failed in CI."""
    if os.environ.get("KEDE_TEST_REDIS_URL"):
        yield os.environ["KEDE_TEST_REDIS_URL"]
        return
    if not shutil.which(REDIS_SERVER):
        message = f"redis-server not found at {REDIS_SERVER} (apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run the Redis tests", pytrace=False)
        pytest.skip(message)
    import redis

    directory = tmp_path_factory.mktemp("redis")
    socket = directory / "redis.sock"
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", str(socket), "--save", "", "--appendonly", "no"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(unix_socket_path=str(socket))
    try:
        for _ in range(200):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        client.ping()
        yield f"unix://{socket}?db=0"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)


def seeded_private_root(media_root):
    """The private root next to a seeded media root (résumés of the demo applications)."""
    return media_root.parent / f"{media_root.name}-private"


@pytest.fixture(scope="module")
def _seeded_module(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The test module's ``seed()`` run once for the whole module, its files in one media root.

    Seeding draws hundreds of images, so a module of seed tests shares one seeded database: it is
    written in a transaction that every test's own transaction nests in (each test's writes are
    still undone after it) and that is rolled back after the module's last test.
    """
    media_root = tmp_path_factory.mktemp("seeded-media")
    private_root = seeded_private_root(media_root)
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root, PRIVATE_MEDIA_ROOT=private_root),
        transaction.atomic(),
    ):
        request.module.seed()
        yield media_root
        transaction.set_rollback(True)


@pytest.fixture
def seeded(_seeded_module, db, settings):
    """The demo content of the test module's ``seed()`` (shared by the module, see above); returns the media root."""
    settings.MEDIA_ROOT = _seeded_module
    settings.PRIVATE_MEDIA_ROOT = seeded_private_root(_seeded_module)
    return _seeded_module


@pytest.fixture
def catalog(db):
    """Two product types with subcategories, spec fields, brands and a handful of products.

    The excavator weight each product fits is its fitment range, not a spec field."""
    SiteSettingsFactory()
    breakers = CategoryFactory(name="破碎锤", slug="breakers", order=1)
    side = CategoryFactory(name="侧置式破碎锤", slug="breakers-side", parent=breakers, order=1)
    top = CategoryFactory(name="顶置式破碎锤", slug="breakers-top", parent=breakers, order=2)
    buckets = CategoryFactory(name="挖掘机挖斗", slug="buckets", order=2)
    rock = CategoryFactory(name="岩石斗", slug="buckets-rock", parent=buckets, order=1)
    energy = SpecFieldFactory(category=breakers, name="冲击能量", unit="J", order=1, is_key=True)
    weight = SpecFieldFactory(category=breakers, name="工作重量", unit="kg", order=2, is_key=True)
    flow = SpecFieldFactory(category=breakers, name="工作流量", unit="L/min", order=3)
    capacity = SpecFieldFactory(category=buckets, name="斗容", unit="m³", order=1, is_key=True)
    volvo = ExcavatorBrandFactory(name="沃尔沃", name_en="Volvo", slug="volvo")
    komatsu = ExcavatorBrandFactory(name="小松", name_en="Komatsu", slug="komatsu")

    def product(name, model, category, low, high, brands, specs, **extra):
        item = ProductFactory(
            name=name,
            model_number=model,
            slug=re.sub(r"[^a-z0-9]+", "-", model.lower()),
            category=category,
            carrier_min_t=Decimal(low),
            carrier_max_t=Decimal(high),
            **extra,
        )
        item.brands.set(brands)
        for field, value in specs.items():
            ProductSpecFactory(product=item, field=field, value=value)
        return item

    products = {
        "kd68": product("侧置式液压破碎锤", "KD-68S", side, 18, 26, [volvo, komatsu],
                        {energy: "2500", weight: "1650", flow: "80-110"}, is_featured=True),
        "kd45": product("侧置式小型破碎锤", "KD-45S", side, 4, 7, [komatsu],
                        {energy: "750", weight: "320", flow: "40-70"}),
        "kd140": product("三角形静音破碎锤", "KDB-140", top, 30, 45, [volvo],
                         {energy: "4800", weight: "3100", flow: "150-190"}),
        "rock": product("加强型岩石斗", "KRB-1.6", rock, 20, 30, [volvo],
                        {capacity: "1.6"}, summary="适用于花岗岩、玄武岩等坚硬岩石工况。"),
    }  # fmt: skip
    return {
        "breakers": breakers, "side": side, "top": top, "buckets": buckets, "rock": rock,
        "fields": [energy, weight, flow], "capacity": capacity, "volvo": volvo, "komatsu": komatsu, **products,
    }  # fmt: skip


@pytest.fixture
def staff_client(django_user_model):
    """``staff_client("HR")``: a logged-in staff member of that group (None: of no group), and the user."""

    def login(group=None, *, username=None, superuser=False):
        username = username or f"staff-{group or 'none'}"
        if superuser:
            user = django_user_model.objects.create_superuser(username, password="pw-staff-123")
        else:
            user = django_user_model.objects.create_user(username, password="pw-staff-123", is_staff=True)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client, user

    return login
