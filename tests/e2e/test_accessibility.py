"""axe-core on the public pages of the demo site, in Chromium, on a phone and on a desktop.

axe comes from tools/node_modules (tools/package.json pins it; `npm ci` in tools/ installs it,
.ci/run does so), never from a CDN. Without it the test is skipped locally and fails in CI.
Every violation fails, whatever its impact: the pages are small and a "minor" one
(a landmark missing, a duplicate id) is as cheap to fix as it is to explain.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from careers.models import Job
from news.models import Article
from products.models import Category, Product

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).resolve().parents[2] / "tools" / "node_modules" / "axe-core" / "axe.min.js"
# The standards the site promises (WCAG 2.1 A and AA) plus axe's best practices.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def axe_source():
    if not AXE.exists():
        message = f"{AXE} is missing (cd tools && npm ci --ignore-scripts)"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run the accessibility checks", pytrace=False)
        pytest.skip(message)
    return AXE.read_text()


def public_pages():
    """One page of each kind the visitors see, the forms included, from the demo content; the ten pages
    issue 12 names (home, a category, a product, the comparison, an article, careers, the application and
    message forms, the sales network, search results) also in English and Traditional Chinese."""
    article = Article.objects.published().select_related("category").first()
    compared = ",".join(str(pk) for pk in Product.objects.published().values_list("pk", flat=True)[:2])
    named = [
        "/",
        Category.objects.roots().first().get_absolute_url(),
        Product.objects.published().first().get_absolute_url(),
        f"/products/compare/?ids={compared}",
        article.get_absolute_url(),
        "/careers/",
        "/careers/apply/",
        "/service/message/",
        "/contact/network/",
        "/search/?q=破碎锤",
    ]
    others = [
        "/about/",
        "/products/compare/",  # with nothing to compare: a notice
        "/news/",
        Job.objects.open().first().get_absolute_url(),
        "/repair/request/",
        "/contact/",
        "/search/?q=",  # the empty search: its help text
    ]
    return named + others + [prefix + path for prefix in ("/en", "/zh-hant") for path in named]


def violations(page, axe_source):
    page.evaluate(axe_source)
    found = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    lines = []
    for rule in found:
        targets = ", ".join(" ".join(each["target"]) for each in rule["nodes"])
        lines.append(f"{rule['impact']} {rule['id']} ({rule['help']}): {targets}")
    return lines


def test_public_pages_have_no_axe_violations_on_a_phone_or_a_desktop(browser, live_server, axe_source):
    from tests.e2e.conftest import PHONE

    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pages = public_pages()
    report = []
    for name, options in [("phone", PHONE), ("desktop", {"viewport": {"width": 1366, "height": 900}})]:
        context = browser.new_context(base_url=live_server.url, locale="zh-CN", **options)
        page = context.new_page()
        page.set_default_timeout(15_000)
        for path in pages:
            response = page.goto(path)
            assert response.status == 200, path
            report += [f"{name} {path}: {line}" for line in violations(page, axe_source)]
        context.close()
    assert not report, "axe found:\n" + "\n".join(report)
