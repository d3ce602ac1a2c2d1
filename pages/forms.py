"""The site search's parameters: every value goes through this form, and none fails the page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.search import SearchQuery

from . import search


class SearchForm(forms.Form):
    """``q`` (the words), ``kind`` (one kind of results, paginated). Bad values are dropped or cut with a
    message in ``notices``."""

    q = forms.CharField(required=False, strip=False)
    kind = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices = []

    def clean(self):
        data = super().clean()
        # A NUL fails the field's own validator: the words are read from the raw value, made safe by SearchQuery.
        query = SearchQuery(self.data.get("q", ""))
        self.notices.extend(query.notices)
        data["query"] = query
        kind = (self.data.get("kind") or "").strip()
        provider = search.provider_for(kind) if kind else None
        if kind and provider is None:
            self.notices.append(_("There is no such kind of result; showing every kind."))
        data["provider"] = provider
        return data
