from django.db.models import Max

from core.sitemaps import NamedOrObjectSitemap

from .models import Job

# The careers pages the pages section lists by name: the app serves these addresses of the page tree, so the
# tree's own entries for them are left out there. The form and the status lookup are not listed.
NAMED_PAGES = ("careers:list", "careers:qa", "careers:privacy")


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
