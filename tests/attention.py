"""Reading the admin home's "需要处理" panel (core.attention) the way staff see it."""

import re

PANEL = re.compile(r'<div class="module" id="attention">(.*?)\n</div>', re.S)
ROW = re.compile(
    r'<th scope="row">\s*<a href="([^"]+)">([^<]*)</a>.*?<strong class="attention-count">(\d+)</strong>', re.S
)
ENTRY = re.compile(r'<li><time datetime="[^"]+">([^<]+)</time> <a href="([^"]+)">([^<]*)</a></li>')


def attention_panel(response):
    """The panel's HTML, or None when the page has no panel."""
    assert response.status_code == 200
    found = PANEL.search(response.content.decode())
    return found.group(1) if found else None


def attention_rows(response):
    """``{link: (label, count)}`` of the panel's rows, or None when the page has no panel."""
    panel = attention_panel(response)
    if panel is None:
        return None
    return {href: (label, int(count)) for href, label, count in ROW.findall(panel)}


def attention_entries(response):
    """``[(time as shown, link, title), …]``: the dated entries listed under the rows."""
    return ENTRY.findall(attention_panel(response) or "")
