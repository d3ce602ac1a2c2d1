import pytest
from django.test import RequestFactory

from core.net import client_address

REMOTE = "10.0.0.5"  # the connection's address: the client itself, or our nearest proxy


def address(settings, proxies, forwarded=None, remote=REMOTE):
    settings.TRUSTED_PROXIES = proxies
    headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
    return client_address(RequestFactory().get("/", headers=headers, REMOTE_ADDR=remote))


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        # No proxy: the header is the client's own words and is never read.
        (0, None, REMOTE),
        (0, "198.51.100.7", REMOTE),
        (0, "198.51.100.7, 203.0.113.9", REMOTE),
        # One proxy appends the address it saw: the last entry.
        (1, None, REMOTE),
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # a forged entry in front is ignored
        (1, "6.6.6.6,7.7.7.7 ,  198.51.100.7", "198.51.100.7"),
        (1, "2001:db8::1", "2001:db8::1"),
        (1, "2001:DB8:0::1", "2001:db8::1"),  # normalised, so one address is one key
        # Two proxies (a load balancer, then nginx): the second entry from the right.
        (2, "198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "6.6.6.6, 7.7.7.7, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "198.51.100.7", "198.51.100.7"),  # fewer entries than proxies: the leftmost
        # Not an address where the trusted entry should be: the connection's address.
        (1, "unknown", REMOTE),
        (1, "6.6.6.6, ", REMOTE),
        (1, "198.51.100.7:4711", REMOTE),
        (1, "<script>", REMOTE),
        (2, "198.51.100.7, garbage", "198.51.100.7"),  # our proxy's own entry is not the one read
        (2, "garbage, 10.0.0.2", REMOTE),
        (1, "", REMOTE),
    ],
)
def test_client_address_reads_exactly_the_trusted_hops(settings, proxies, forwarded, expected):
    assert address(settings, proxies, forwarded) == expected


def test_a_client_cannot_choose_its_address_by_forging_the_header(settings):
    forged = {address(settings, 0, f"203.0.113.{n}") for n in range(20)}
    assert forged == {REMOTE}
    behind_proxy = {address(settings, 1, f"203.0.113.{n}, 198.51.100.7") for n in range(20)}
    assert behind_proxy == {"198.51.100.7"}


def test_without_a_connection_address_the_answer_is_empty(settings):
    assert address(settings, 0, None, remote="") == ""
    assert address(settings, 1, "nonsense", remote="") == ""
