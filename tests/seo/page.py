"""What a search engine or WeChat reads in a page's HTML: title, meta tags, links, JSON-LD."""

import json
from html.parser import HTMLParser


class HeadReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.meta, self.links, self.json_ld = "", {}, [], []
        self._in_title = self._in_json = False
        self._json = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and (attrs.get("name") or attrs.get("property")):
            self.meta.setdefault(attrs.get("name") or attrs.get("property"), []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json, self._json = True, ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._in_json:
            self._in_json = False
            self.json_ld.append(json.loads(self._json))

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_json:
            self._json += data


class Page:
    def __init__(self, response):
        self.html = response.content.decode()
        self.reader = HeadReader()
        self.reader.feed(self.html)
        self.title = self.reader.title.strip()

    def meta(self, name):
        values = self.reader.meta.get(name, [])
        assert len(values) <= 1, f"{name} given {len(values)} times"
        return values[0] if values else None

    @property
    def canonical(self):
        found = [link["href"] for link in self.reader.links if link.get("rel") == "canonical"]
        assert len(found) == 1
        return found[0]

    @property
    def alternates(self):
        return {link["hreflang"]: link["href"] for link in self.reader.links if link.get("hreflang")}

    def schemas(self, kind):
        """The JSON-LD objects of a @type (top-level objects or items of a top-level list)."""
        found = []
        for data in self.reader.json_ld:
            found += [item for item in (data if isinstance(data, list) else [data]) if item.get("@type") == kind]
        return found
