# The service pages that took over page-tree addresses (the pages section lists them by name; the pages
# sitemap leaves the tree's own entries for them out). The thank-you pages and the status lookup are not
# listed (noindex).
NAMED_PAGES = (
    "service:repair",
    "service:repair_process",
    "service:repair_request",
    "service:message",
    "service:contact",
    "service:network",
)
