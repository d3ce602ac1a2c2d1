"""Submit a Django admin form the way a browser would: every field with the value the page shows."""

from html.parser import HTMLParser


class _FormValues(HTMLParser):
    """The values a browser submits for the admin's change form (``id="<model>_form"``), files left empty."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self.in_form = False
        self.select = None
        self.textarea = None

    def add(self, name, value):
        if "__prefix__" not in name:  # the inline template rows that JavaScript copies
            self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith("_form"):
            self.in_form = True
        name = attrs.get("name")
        if not self.in_form or (not name and tag in ("input", "select", "textarea")):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("file", "submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.add(name, attrs.get("value", "on" if kind in ("checkbox", "radio") else ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = name
            self.add(name, "")

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            if self.textarea:  # a browser drops the newline right after <textarea>
                self.data[self.textarea][-1] = self.data[self.textarea][-1].removeprefix("\n")
            self.textarea = None
        elif tag == "form":
            self.in_form = False


def change_form_data(client, url, **changes):
    """The POST data of the admin form at ``url`` as the page shows it, with ``changes`` applied."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    parser = _FormValues()
    parser.feed(response.content.decode())
    data = {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}
    data.update(changes)
    return data


def save_change_form_repeatedly(client, url, **changes):
    """Save the admin change form at ``url`` twice as it is, then once with ``changes``; each save redirects."""
    for edits in ({}, {}, changes):
        response = client.post(url, change_form_data(client, url, **edits))
        errors = response.context and [response.context["adminform"].form.errors, response.context["errors"]]
        assert response.status_code == 302, errors
