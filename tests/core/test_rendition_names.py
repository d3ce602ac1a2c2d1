"""Rendition file names are worked out once per spec and source, and are the names imagekit gives."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from imagekit.cachefiles import namers
from PIL import Image

from core import images
from news.models import Article
from products.models import Product


@pytest.fixture(autouse=True)
def sources():
    """Small JPEGs in the test's media root (an image field reads its file for the width and height)."""
    for name in ("products/a.jpg", "products/b.jpg", "products/once.jpg"):
        buffer = io.BytesIO()
        Image.new("RGB", (8, 6), "navy").save(buffer, "JPEG")
        default_storage.save(name, ContentFile(buffer.getvalue()))


def test_remembered_names_are_imagekits_names_per_spec_and_source():
    first, second = Product(cover="products/a.jpg"), Product(cover="products/b.jpg")
    renditions = [first.card, first.card_2x, first.large, second.card, Article(cover="products/a.jpg").card]
    names = [rendition.name for rendition in renditions]
    assert names == [namers.source_name_as_path(rendition.generator) for rendition in renditions]
    assert len(set(names)) == len(names)  # no two specs or sources share a remembered name


def test_rendition_name_is_worked_out_once(monkeypatch):
    calls = []
    original = namers.source_name_as_path
    monkeypatch.setattr(images, "_rendition_names", {})
    monkeypatch.setattr(namers, "source_name_as_path", lambda generator: calls.append(1) or original(generator))
    product = Product(cover="products/once.jpg")
    assert product.card.name == Product(cover="products/once.jpg").card.name
    assert len(calls) == 1
