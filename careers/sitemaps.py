from core.sitemaps import NamedOrObjectSitemap

from .models import Job


class CareersSitemap(NamedOrObjectSitemap):
    """The open openings (closed ones answer, but are not listed) and the privacy notice; /careers/, Q&A and
    the form are pages of the tree, which the pages sitemap lists."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return ["careers:privacy", *Job.objects.open().for_list()]
