"""A visitor at a desk opens a product page on a phone: the share QR code, as the browser draws it, read by a
maintained decoder (zxing-cpp), is the page's canonical address. The page's JSON-LD raises no CSP report."""

import io

import pytest
import zxingcpp
from PIL import Image

from pages.factories import PageFactory

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "https://www.kede.example"


def test_the_share_code_the_browser_shows_opens_the_canonical_address(desktop_page, catalog, settings):
    settings.SITE_URL = SITE
    PageFactory(title="产品中心", slug="products")
    page = desktop_page
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    path = catalog["kd68"].get_absolute_url()
    page.goto(path + "?utm_source=wechat&from=singlemessage")
    share = page.locator(".share-qr")
    share.scroll_into_view_if_needed()
    assert "微信扫一扫，在手机上打开" in share.inner_text()
    picture = Image.open(io.BytesIO(page.locator(".share-qr__code").screenshot()))
    (result,) = zxingcpp.read_barcodes(picture)
    assert result.format == zxingcpp.BarcodeFormat.QRCode
    assert result.text == SITE + path
    assert page.locator('script[type="application/ld+json"]').count() == 2  # Product, BreadcrumbList
    assert not [text for text in problems if "Content Security Policy" in text], problems
