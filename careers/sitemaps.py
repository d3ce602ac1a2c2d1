from django.db.models import Max

from core.sitemaps import NamedOrObjectSitemap

from .models import Job

# Careers pages named in the pages section (/careers/, the Q&A and the form are pages of the tree).
NAMED_PAGES = ("careers:privacy",)


class OpeningSitemap(NamedOrObjectSitemap):
    """The open openings only: closed ones answer, with a notice and noindex, but are not listed."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Job.objects.open().for_list()

    def lastmod(self, job):
        return job.updated_at

    def get_latest_lastmod(self):
        return Job.objects.open().aggregate(latest=Max("updated_at"))["latest"]
