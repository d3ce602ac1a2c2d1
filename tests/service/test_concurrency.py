"""50 visitors send the message form at the same moment to a live server: every message is stored once."""

import html
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from service.models import Message

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
VISITORS = 50


def open_form(base_url):
    """A visitor's own cookie jar and the form's hidden fields (CSRF token, one-time key, spam stamp)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    with opener.open(base_url + "/service/message/", timeout=30) as response:
        page = response.read().decode()
    fields = {name: html.unescape(value) for name, value in HIDDEN_INPUT.findall(page)}
    return opener, fields


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_valid_submissions_are_all_stored_exactly_once(live_server, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    # Every visitor posts from the same test machine: the per-address limit must let 50 through here.
    settings.FORM_RATE_LIMITS = {"service-message": "1000/10m"}
    visitors = [open_form(live_server.url) for _ in range(VISITORS)]
    start = threading.Barrier(VISITORS)
    results = [None] * VISITORS

    def send(n):
        opener, fields = visitors[n]
        data = {**fields, "name": f"访客{n}", "phone": "13812345678", "province": "hunan",
                "subject": f"并发留言{n}", "body": "同时提交。"}  # fmt: skip
        request = urllib.request.Request(
            live_server.url + "/service/message/",
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": live_server.url + "/service/message/"},
        )
        start.wait()
        # The test server's listen queue is short: a connection it turns away is tried again, as a browser
        # would, with the same one-time key, so a retried post can never store a second message.
        for attempt in range(10):
            try:
                with opener.open(request, timeout=60) as response:  # follows the redirect to the thank-you page
                    results[n] = (response.status, response.url, response.read().decode())
                return
            except (ConnectionError, urllib.error.URLError) as error:
                if isinstance(error, urllib.error.HTTPError):
                    results[n] = (error.code, None, error.read().decode()[:500])
                    return
                results[n] = (None, None, str(error))
                time.sleep(0.05 * (attempt + 1))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [r[0] for r in results] == [200] * VISITORS, [r for r in results if r[0] != 200][:3]
    assert all(r[1].endswith("/service/message/thanks/") for r in results)
    messages = list(Message.objects.all())
    assert len(messages) == VISITORS
    assert sorted(m.subject for m in messages) == sorted(f"并发留言{n}" for n in range(VISITORS))
    assert len({m.reference for m in messages}) == VISITORS
    for n, (_status, _url, page) in enumerate(results):
        reference = Message.objects.get(subject=f"并发留言{n}").reference
        assert reference in page  # each visitor sees their own reference
