"""The client's address, for counters and rate limits.

Behind ``settings.TRUSTED_PROXIES`` reverse proxies (``DJANGO_TRUSTED_PROXIES``, default 0), each
proxy appends the address it saw to ``X-Forwarded-For``; whatever stands further left came from
the client and proves nothing. So the client is the N-th entry from the right, read through
exactly N hops, never further. With no trusted proxy the header is ignored.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The address of the client that sent ``request``: ``REMOTE_ADDR``, or the ``X-Forwarded-For`` entry
    that the outermost trusted proxy appended. An entry that is not an IP address gives ``REMOTE_ADDR``."""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops <= 0 or not forwarded:
        return remote
    entries = forwarded.split(",")
    # Fewer entries than proxies: a proxy saw no header and started the list, so its first entry is the client.
    entry = entries[max(len(entries) - hops, 0)].strip()
    try:
        return str(ipaddress.ip_address(entry))
    except ValueError:
        return remote
