"""Reading the sitemap as a crawler does: the index at /sitemap.xml, then each section file it lists."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def local(url):
    """The path (and query) of an absolute URL, for the test client."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def section_documents(client, **headers):
    """[(section URL, parsed <urlset>)] of every file the index lists; each must be well-formed XML."""
    index = client.get("/sitemap.xml", headers=headers)
    assert index.status_code == 200 and index["Content-Type"].startswith("application/xml")
    documents = []
    for loc in ElementTree.fromstring(index.content).findall("s:sitemap/s:loc", NS):
        response = client.get(local(loc.text), headers=headers)
        assert response.status_code == 200, loc.text
        documents.append((loc.text, ElementTree.fromstring(response.content)))
    return documents


def sitemap_entries(client, **headers):
    """Every <url> of every section: [(loc, lastmod or None, {hreflang: href})]."""
    entries = []
    for _url, document in section_documents(client, **headers):
        for url in document.findall("s:url", NS):
            lastmod = url.find("s:lastmod", NS)
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
            entries.append((url.find("s:loc", NS).text, None if lastmod is None else lastmod.text, alternates))
    return entries


def sitemap_text(client):
    """All section files as one text, for tests that only look for an address in it."""
    return "\n".join(ElementTree.tostring(document, encoding="unicode") for _url, document in section_documents(client))
