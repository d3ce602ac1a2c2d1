"""The main public pages of the demo site are valid HTML for the Nu Html Checker (vnu).

The checker is the `vnu-jar` npm package (pinned in tools/package.json, installed by
`npm ci` in tools/) run with the machine's Java. Without them the test is skipped
locally and fails in CI. Seeding the demo content takes a while, so the test is
marked slow; `make validate` runs it alone.
"""

import json
import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from careers.models import Job
from news.models import Article
from products.models import Category, Product

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

VNU = Path(__file__).resolve().parent.parent / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def seed():
    call_command("seed_demo", stdout=StringIO())


def main_pages():
    category = Category.objects.roots().first()
    product = Product.objects.published().exclude(carrier_min_t=None).first()
    same_type = Product.objects.published().filter(category=product.category).exclude(pk=product.pk).first()
    return [
        "/",
        "/en/",
        "/about/",
        "/about/honors/",
        "/products/",
        category.get_absolute_url(),
        product.get_absolute_url(),
        # English: the spec table and the comparison show imperial equivalents beside the metric values
        f"/en{product.get_absolute_url()}",
        f"/en/products/compare/?ids={product.pk},{same_type.pk}",
        "/products/search/?q=KD",
        "/news/",
        Article.objects.published().first().get_absolute_url(),
        "/careers/",
        Job.objects.open().first().get_absolute_url(),
        "/careers/apply/",
        "/careers/status/",
        "/service/message/",
        "/repair/",
        "/repair/request/",
        "/repair/status/",
        "/contact/",
        "/contact/network/",
        "/nope/",
    ]


def run_vnu(files):
    """vnu's errors (not warnings) in the given files, as 'file:line: message' lines."""
    java = shutil.which("java")
    if not (VNU.exists() and java):
        message = f"the Nu Html Checker needs {VNU} (cd tools && npm ci --ignore-scripts) and java"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must validate the HTML", pytrace=False)
        pytest.skip(message)
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    return [
        f"{Path(m.get('url', '?')).name}:{m.get('lastLine', '?')}: {m['message']} — {m.get('extract', '').strip()}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]


def test_the_nu_checker_finds_an_error_in_broken_html(tmp_path):
    """The checker really runs: a page with an unclosed element and a stray attribute fails."""
    broken = tmp_path / "broken.html"
    broken.write_text('<!DOCTYPE html><html lang="zh"><title>x</title><p bogus=1><div></span></html>')
    assert run_vnu([broken])


def test_the_main_public_pages_are_valid_html(seeded, client, tmp_path):
    files = []
    for index, path in enumerate(main_pages()):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        if path.startswith("/en/products/"):  # the imperial equivalents are in what is checked
            assert b'class="imperial"' in response.content, path
        page = tmp_path / f"{index:02d}{path.replace('/', '_').replace('?', '_')}.html"
        page.write_bytes(response.content)
        files.append(page)
    errors = run_vnu(files)
    assert not errors, "The Nu Html Checker found:\n" + "\n".join(errors)
