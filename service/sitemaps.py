from core.sitemaps import NamedOrObjectSitemap


class ServiceSitemap(NamedOrObjectSitemap):
    """The service pages that took over page-tree addresses (the pages sitemap leaves those out).
    The thank-you pages and the status lookup are not listed (noindex)."""

    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return [
            "service:repair",
            "service:repair_process",
            "service:repair_request",
            "service:message",
            "service:contact",
            "service:network",
        ]
