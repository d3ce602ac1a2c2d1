"""Scale-out proof: two app servers sharing one PostgreSQL, one Redis and the upload roots, behind nginx.

The stack is scripts/prod.py's (production settings, deploy/gunicorn.conf.py, deploy/nginx/kede.conf); the
scale-out tests talk to app server A and app server B directly, so it is known which one answered, and
nginx's micro-cache (a page kept 1–2 s) stays out of their way; the micro-cache tests at the end go
through nginx. Without the
programs (PostgreSQL 15, redis-server, nginx) it is skipped locally and fails in CI.
"""

import http.client
import json
import os
import re
import time
import uuid
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import pytest
from django_otp.oath import totp

from core.demo.documents import pdf_document
from scripts.prod import StackError, missing_programs, prod_stack

pytestmark = pytest.mark.slow
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
PASSWORD = "scale-out-" + uuid.uuid4().hex
TOTP_KEY = uuid.uuid4().hex  # production settings ask superusers and HR for a second factor: each gets a device

SETUP = f"""
from django.contrib.auth.models import Group, User
from news.factories import ArticleFactory
boss = User.objects.create_superuser("boss", "boss@example.com", {PASSWORD!r})
hr = User.objects.create_user("hr-wang", password={PASSWORD!r}, is_staff=True)
hr.groups.add(Group.objects.get(name="HR"))
from django_otp.plugins.otp_totp.models import TOTPDevice
for user in (boss, hr):
    TOTPDevice.objects.create(user=user, name="phone", key={TOTP_KEY!r}, confirmed=True)
article = ArticleFactory(title="扩容前的标题", slug="scale-out")
print(article.pk, article.get_absolute_url())
"""


@pytest.fixture(scope="module")
def stack():
    SESSIONS.clear()  # sessions of another stack's database mean nothing here
    missing = missing_programs()
    if missing:
        message = "missing: " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must prove the scale-out", pytrace=False)
        pytest.skip(message)
    # The stack has a database, cache and roots of its own: nothing here touches the suite's.
    try:
        with prod_stack(seed="none", extra_env={"DJANGO_FORM_MIN_FILL_SECONDS": "0"}) as running:
            pk, url = running.manage("shell", "-c", SETUP, capture=True).stdout.split()[-2:]
            running.article = {"pk": int(pk), "url": url}
            yield running
    except StackError as error:
        pytest.fail(str(error), pytrace=False)


class Client:
    """A browser on one app server: cookies (Secure ones too: the stack speaks plain HTTP), no redirects followed."""

    def __init__(self, base, address="203.0.113.7"):
        self.netloc = urlsplit(base).netloc
        self.cookies = {}
        self.address = address  # the client address nginx would have forwarded (DJANGO_TRUSTED_PROXIES=1)

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.netloc, timeout=30)
        headers = {"Host": "127.0.0.1", "User-Agent": BROWSER, "X-Forwarded-For": self.address, **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.body = response.read()
        connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, files=None):
        if not files:
            return self.request("POST", path, urlencode(fields, doseq=True), {"Content-Type": FORM})
        boundary = uuid.uuid4().hex
        parts = []
        for name, values in fields.items():
            for value in values if isinstance(values, list) else [values]:
                parts.append(
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
                )
        for name, (filename, content, content_type) in files.items():
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            parts.append(f"{head}Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def login(self, username):
        """Signs in once per user and module: django-otp refuses a TOTP code used before (a second sign-in
        in the same 30 s step), so later tests take the first session (kept in PostgreSQL: valid on both)."""
        if username in SESSIONS:
            self.cookies.update(SESSIONS[username])
            return
        token = f"{totp(bytes.fromhex(TOTP_KEY)):06d}"
        self.post("/admin/login/", {**form_fields(self.get("/admin/login/").body), "username": username,
                                    "password": PASSWORD, "otp_token": token})  # fmt: skip
        assert "sessionid" in self.cookies, f"{username} could not log in"
        SESSIONS[username] = dict(self.cookies)


SESSIONS = {}  # username → cookies of its one sign-in (see Client.login)
FORM = "application/x-www-form-urlencoded"


class FormFields(HTMLParser):
    """The values a browser would send for a form (by its id, else the first POST form on the page)."""

    def __init__(self, form_id=None):
        super().__init__()
        self.form_id = form_id
        self.fields, self.in_form, self.done, self.select, self.textarea = {}, False, False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        post = attrs.get("method", "").lower() == "post"
        wanted = self.form_id in (attrs.get("id"), attrs.get("class")) if self.form_id else post
        if tag == "form" and wanted and not self.done:
            self.in_form = True
        if not self.in_form or not attrs.get("name") and tag != "option":
            return
        name = attrs.get("name")
        if tag == "input" and attrs.get("type", "text") not in ("submit", "button", "file", "image"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if attrs.get("type") in ("checkbox", "radio") else ""
            self.fields.setdefault(name, []).append(attrs.get("value", default))
        elif tag == "select":
            self.select, self.first_option = name, None
            self.multiple = "multiple" in attrs
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = attrs.get("value", "")
            if "selected" in attrs:
                self.fields.setdefault(self.select, []).append(attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = name
            self.fields[name] = [""]

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "select":
            if self.select not in self.fields and not self.multiple and self.first_option is not None:
                self.fields[self.select] = [self.first_option]  # a browser sends the first option
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def form_fields(page, form_id=None):
    parser = FormFields(form_id)
    parser.feed(page.decode())
    return parser.fields


def errors(response):
    """Each form error with the markup before it (which field)."""
    page = response.body.decode()
    found = re.finditer(r'class="errorlist[^"]*"[^>]*>.*?</ul>', page, re.S)
    return [page[max(match.start() - 300, 0) : match.end()] for match in found]


def shell(stack, code):
    return stack.manage("shell", "-c", code, capture=True).stdout.strip().splitlines()[-1]


def test_an_edit_saved_through_one_app_server_shows_on_the_next_request_to_the_other(stack):
    a, b = (Client(url) for url in stack.app_urls)
    url = stack.article["url"]
    for _ in range(2):  # B renders the page, then answers from the page cache
        page = b.get(url)
        assert page.status == 200 and "扩容前的标题" in page.body.decode()
    a.login("boss")
    change = f"/admin/news/article/{stack.article['pk']}/change/"
    fields = form_fields(a.get(change).body, form_id="article_form")
    assert fields["title_zh_hans"] == ["扩容前的标题"]
    fields["title_zh_hans"] = ["扩容后的标题"]
    saved = a.post(change, {**fields, "_save": "保存"})
    assert saved.status == 302, errors(saved)
    page = b.get(url)  # the next request, to the other app server
    assert "扩容后的标题" in page.body.decode() and "扩容前的标题" not in page.body.decode()
    # A second save through B shows on A: the content version lives in Redis, not in either process.
    b.cookies = dict(a.cookies)  # the session is in PostgreSQL: A's login is valid on B
    fields = form_fields(b.get(change).body, form_id="article_form")
    fields["title_zh_hans"] = ["第二次保存"]
    assert b.post(change, {**fields, "_save": "保存"}).status == 302
    assert "第二次保存" in a.get(url).body.decode()


def test_article_views_counted_on_both_app_servers_add_up(stack):
    pk = stack.article["pk"]
    views = []
    for number in range(6):
        server = stack.app_urls[number % 2]
        response = Client(server, address=f"198.51.100.{number + 1}").post(f"/news/views/{pk}/", {})
        assert response.status == 200
        views.append(json.loads(response.body)["views"])
    assert views == [1, 2, 3, 4, 5, 6]  # each answer knows the views counted on the other server
    # The same visitor again, on the other server: counted once (the "seen" mark is shared).
    again = Client(stack.app_urls[1], address="198.51.100.1").post(f"/news/views/{pk}/", {})
    assert json.loads(again.body)["views"] == 6
    stack.manage("flush_article_views")
    assert shell(stack, f"from news.models import Article; print(Article.objects.get(pk={pk}).view_count)") == "6"


def test_a_rate_limit_counts_posts_to_both_app_servers(stack):
    clients = [Client(url, address="192.0.2.44") for url in stack.app_urls]
    fields = form_fields(clients[0].get("/service/message/").body)
    clients[1].cookies = dict(clients[0].cookies)  # one browser (its CSRF cookie) whichever server answers
    statuses = [clients[n % 2].post("/service/message/", fields).status for n in range(6)]  # invalid: empty
    assert statuses == [200, 200, 200, 200, 200, 429]  # 5/10m per address over both servers, not 5 on each
    assert clients[0].post("/service/message/", fields).status == 429
    other = Client(stack.app_urls[0], address="192.0.2.45")
    other_fields = form_fields(other.get("/service/message/").body)
    assert other.post("/service/message/", other_fields).status == 200  # another address is not limited


def test_a_resume_uploaded_through_one_app_server_downloads_through_the_other(stack):
    applicant = Client(stack.app_urls[0], address="192.0.2.80")
    fields = form_fields(applicant.get("/careers/apply/").body, form_id="apply-form")
    fields.update(
        name=["王小明"], phone=["13912345678"], education=["bachelor"],
        years_experience=["3"], desired_position=["电气工程师"], expected_city=["上海"], consent=["on"],
    )  # fmt: skip
    resume = pdf_document("Wang Xiaoming", "Resume for the scale-out test")
    sent = applicant.post("/careers/apply/", fields, files={"resume": ("简历.pdf", resume, "application/pdf")})
    assert sent.status == 302, errors(sent)
    pk = shell(stack, "from careers.models import Application; print(Application.objects.get(name='王小明').pk)")
    hr = Client(stack.app_urls[1])
    hr.login("hr-wang")
    download = hr.get(f"/admin/careers/application/{pk}/resume/")
    assert download.status == 200 and download.body == resume
    assert download.getheader("Cache-Control").startswith("private, no-store")
    anonymous = Client(stack.app_urls[1]).get(f"/admin/careers/application/{pk}/resume/")
    assert anonymous.status == 302 and resume not in anonymous.body
    name = shell(stack, f"from careers.models import Application; print(Application.objects.get(pk={pk}).resume.name)")
    through_nginx = Client(stack.url).get(f"/media/../private/{name}")
    assert through_nginx.status in (400, 403, 404) and resume not in through_nginx.body


def test_nginx_spreads_requests_over_both_app_servers_and_serves_static_itself(stack):
    visitor = Client(stack.url)
    assert visitor.get("/healthz").status == 200
    home = visitor.get("/")
    assert home.status == 200
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home.body.decode()).group(1)
    static = visitor.request("GET", css, headers={"Accept-Encoding": "br"})
    assert static.status == 200 and static.getheader("Content-Encoding") == "br"
    for _ in range(6):
        assert visitor.get("/healthz").status == 200
    log = (stack.root / "nginx" / "access.log").read_text()
    answered = set(re.findall(r'"GET /healthz HTTP/1.1" 200 .* upstream=(\S+) ', log))
    assert answered == {f"127.0.0.1:{port}" for port in stack.ports["app"]}  # round robin over both


MICRO_CACHE_SECONDS = 2  # proxy_cache_valid 200 1s; nginx counts whole seconds, so 1 to 2 s


def csrf_token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.body.decode()).group(1)


def test_a_second_anonymous_visit_of_the_home_page_is_a_micro_cache_hit(stack):
    first, second = Client(stack.url, address="203.0.113.20"), Client(stack.url, address="203.0.113.21")
    home = first.get("/")
    assert home.status == 200 and home.getheader("Cache-Control").startswith("public")
    again = second.get("/")
    assert again.getheader("X-Cache-Status") == "HIT" and again.body == home.body
    assert second.request("HEAD", "/").getheader("X-Cache-Status") == "HIT"
    assert not first.cookies and not second.cookies


def test_two_visitors_of_the_message_form_never_get_the_same_csrf_token(stack):
    for path in ("/service/message/", "/en/service/message/", "/careers/apply/"):
        first, second = Client(stack.url, address="203.0.113.30"), Client(stack.url, address="203.0.113.31")
        mine, theirs = first.get(path), second.get(path)
        assert mine.status == theirs.status == 200
        assert mine.getheader("X-Cache-Status") == theirs.getheader("X-Cache-Status") == "BYPASS"
        assert csrf_token(mine) != csrf_token(theirs)
        assert first.cookies["csrftoken"] != second.cookies["csrftoken"]
        assert first.cookies["csrftoken"] not in theirs.body.decode()  # the second never sees the first's
        assert "private" in theirs.getheader("Cache-Control")


def test_a_signed_in_editor_is_never_served_from_or_stored_into_the_micro_cache(stack):
    staff = Client(stack.url, address="203.0.113.40")
    staff.login("boss")
    anonymous = Client(stack.url, address="203.0.113.41")
    article = stack.article["url"]
    assert anonymous.get(article).getheader("X-Cache-Status") != "BYPASS"  # now in the micro-cache
    page = staff.get(article)
    assert page.getheader("X-Cache-Status") == "BYPASS" and page.getheader("Cache-Control").startswith("private")
    # The editor's page goes first: it is not what the next anonymous visitor gets.
    time.sleep(MICRO_CACHE_SECONDS + 0.5)
    page = staff.get("/en/news/")
    assert page.status == 200 and page.getheader("X-Cache-Status") == "BYPASS"
    after = anonymous.get("/en/news/")
    assert after.getheader("X-Cache-Status") in ("MISS", "EXPIRED")
    assert after.getheader("Cache-Control").startswith("public") and not anonymous.cookies


def test_an_edit_shows_to_anonymous_visitors_within_the_micro_caches_lifetime(stack):
    url = shell(stack, "from news.factories import ArticleFactory; "
                       "print(ArticleFactory(title='缓存前', slug='micro-cache').get_absolute_url())")  # fmt: skip
    visitor = Client(stack.url, address="203.0.113.50")
    assert "缓存前" in visitor.get(url).body.decode()
    assert visitor.get(url).getheader("X-Cache-Status") == "HIT"
    shell(stack, "from news.models import Article; a = Article.objects.get(slug='micro-cache'); "
                 "a.title = '缓存后'; a.save(); print(a.pk)")  # fmt: skip
    time.sleep(MICRO_CACHE_SECONDS + 0.5)
    page = visitor.get(url)
    assert "缓存后" in page.body.decode() and "缓存前" not in page.body.decode()
