"""What the site search (pages.search) finds in careers: open positions only, never closed ones."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchHit, highlight, plain_text, ranked, snippet

from .models import Job


class JobSearch:
    kind = "jobs"
    label = _("Job openings")

    def find(self, query):
        return ranked(Job.objects.open(), query).order_by("-rank", "order", "-posted_on", "pk")

    def hit(self, job, query):
        texts = [plain_text(job.duties), plain_text(job.requirements), plain_text(job.benefits)]
        return SearchHit(
            url=job.get_absolute_url(),
            title=highlight(job.title, query),
            snippet=snippet(texts, query),
            meta=" · ".join(filter(None, [job.department, job.location])),
        )


jobs = JobSearch()
