"""The WeChat share area: a QR code of the page's canonical address, drawn on the server as SVG, on product,
article, case and open opening pages; decoded here with a maintained reader (zxing-cpp)."""

import re
from xml.etree import ElementTree

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from core.templatetags.seo import qr_svg
from tests.seo.conftest import SITE

CAPTION = "微信扫一扫，在手机上打开"


def share_svg(html):
    match = re.search(r'<aside class="share-qr".*?(<svg .*?</svg>)', html, re.S)
    return match and match.group(1)


def rasterize(svg, pixels=8):
    """segno's SVG (a background rectangle, then one path of horizontal runs of modules) as a PNG-ready image,
    drawn from the markup the visitor gets."""
    root = ElementTree.fromstring(svg)
    size = int(float(root.get("width")) / 4)  # scale(4): modules, quiet zone included
    image = Image.new("L", (size * pixels, size * pixels), 255)
    draw = ImageDraw.Draw(image)
    path = next(p for p in root.iter("path") if p.get("stroke"))
    x = y = 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path.get("d")):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            end = x + float(a)
            row = int(y - 0.5)
            draw.rectangle([x * pixels, row * pixels, end * pixels - 1, (row + 1) * pixels - 1], fill=0)
            x = end
    return image


def decode(svg):
    results = zxingcpp.read_barcodes(rasterize(svg))
    assert len(results) == 1 and results[0].format == zxingcpp.BarcodeFormat.QRCode
    return results[0].text


@pytest.mark.parametrize("kind", ["kd68", "article", "case", "job"])
def test_the_share_code_decodes_to_the_canonical_address(client, public_site, kind):
    path = public_site[kind].get_absolute_url()
    html = client.get(path + "?utm_source=wechat&from=singlemessage", headers={"host": "evil.example"}).content.decode()
    assert CAPTION in html
    assert decode(share_svg(html)) == SITE + path


def test_the_english_page_shares_its_english_address(client, public_site):
    path = "/en" + public_site["kd68"].get_absolute_url()
    assert decode(share_svg(client.get(path).content.decode())) == SITE + path


def test_closed_openings_and_other_pages_have_no_share_code(client, public_site):
    for path in [public_site["closed_job"].get_absolute_url(), "/", "/about/", "/products/", "/news/"]:
        assert share_svg(client.get(path).content.decode()) is None, path


def test_the_code_is_an_accessible_image_without_script_or_style():
    svg = qr_svg(f"{SITE}/products/a/b/", 'QR "code" <b>')
    root = ElementTree.fromstring(svg)
    assert root.get("role") == "img" and root.get("aria-label") == 'QR "code" <b>'
    assert "<script" not in svg and "style=" not in svg
    assert qr_svg(f"{SITE}/products/a/b/", 'QR "code" <b>') is svg  # kept, not drawn again
