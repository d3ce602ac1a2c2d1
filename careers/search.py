"""What the site search (pages.search) finds in careers: open positions only, never closed ones (the index
follows closing dates: the content version changes at midnight after one, core.cache.register_schedule)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.search import SearchHit, TextIndex, cached_index, highlight, snippet, text_entry

from .models import Job


class JobSearch:
    kind = "jobs"
    label = _("Job openings")

    def index(self):
        return cached_index("jobs", self.build)

    def build(self):
        rows = Job.objects.open().order_by("order", "-posted_on", "pk")
        fields = ("search_title", "search_text", "slug", "title", "department", "location")
        return TextIndex([text_entry(row[0], row[1], row[2:]) for row in rows.values_list(*fields)])

    def hit(self, entry, query, text):
        slug, title, department, location = entry.row
        return SearchHit(
            url=reverse("careers:job", kwargs={"slug": slug}),
            title=highlight(title, query),
            snippet=snippet([text], query),
            meta=" · ".join(filter(None, [department, location])),
        )


jobs = JobSearch()
