#!/usr/bin/env python
"""Benchmark: the site search (/search/) at the bench size: 5,000 products (8 spec values each) and 20,000
articles, plus pages, cases, videos and openings, on a throw-away SQLite database (or the PostgreSQL
database ``BENCH_DATABASE_URL`` names, which it empties first).

Rows are written in bulk, then ``manage.py rebuild_search_text`` fills the search columns. The first search
after an edit reads every kind's index again (timed separately); then each search is rendered
``BENCH_REQUESTS`` times (default 30) past the page cache (the client holds a session), so the figure is
the search and the page around it, with the indexes and the shell's fragments warm. Prints p50 and p90 in
milliseconds and the query count per search. Run: ``.venv/bin/python scripts/bench_search.py``.
"""

import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTS = int(os.environ.get("BENCH_PRODUCTS", "5000"))
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "20000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
SEARCHES = [
    "/search/?q=破碎锤",
    "/search/?q=KD 68",
    "/search/?q=kd-68",
    "/search/?q=液压 破碎",
    "/search/?q=保养要点",
    "/search/?q=耐磨钢板",
    "/search/?q=找不到的东西",
    "/search/?q=破碎锤&kind=articles&page=3",
    "/en/search/?q=Vibro",
]
PLACES = ["烟台", "长沙", "衡阳", "成都", "武汉", "郑州", "西安", "昆明", "乌鲁木齐", "雅加达", "迪拜", "圣保罗"]
PRODUCT_NAMES = ["液压破碎锤", "振动锤", "加长臂", "液压剪", "抓木器", "快换接头", "松土器", "岩石斗"]
EVENTS = ["交付", "投产", "中标", "验收", "发布", "参展", "培训", "签约"]
TITLES = [
    "{place}{product}项目顺利{event}，科德服务团队驻场保障",
    "科德{product}在{place}{event}，客户反馈作业效率提升三成",
    "{place}工程机械市场观察：{product}需求持续增长",
    "{product}使用与保养要点（第{number}期）",
    "科德集团{event}{place}经销商大会，{product}新品受关注",
]
PARAGRAPHS = [
    "<p>科德{product}在{place}{event}。项目方表示，设备进场后连续作业，未出现结构性故障。</p>",
    "<p>{product}的关键部件采用高强度耐磨钢板和整体热处理工艺，出厂前在测试台完成性能试验。</p>",
    "<p>科德售后团队在{place}设有服务网点，可在24小时内到达现场，每周对销轴、油缸和管路进行巡检。</p>",
    "<h2>使用建议</h2><p>每班作业前检查蓄能器压力和润滑情况，连续作业两小时后停机检查液压油温度。</p>",
]


def seed():
    from django.utils import timezone

    from careers.models import Job
    from news.models import Article, NewsCategory
    from pages.models import Page
    from products.models import Case, Category, Product, ProductSpec, SpecField, Video

    rng = random.Random(12)
    types, subs, fields = [], [], {}
    for t, name in enumerate(PRODUCT_NAMES):
        root = Category.objects.create(name=name, slug=f"type-{t}", order=t, is_published=True)
        types.append(root)
        fields[root.pk] = [
            SpecField.objects.create(category=root, name=f"参数{f}", unit="kg", order=f) for f in range(8)
        ]
        subs += [
            Category.objects.create(name=f"{name}{s}型", slug=f"type-{t}-{s}", parent=root, order=s) for s in range(3)
        ]
    products = [
        Product(
            name=f"{rng.choice(PRODUCT_NAMES)}{n}",
            model_number=f"KD-{n}",
            model_key=f"kd{n}",
            slug=f"product-{n}",
            category=subs[n % len(subs)],
            summary="适配20-30吨挖掘机，打击力强，维护方便。",
            is_published=True,
            order=n,
        )
        for n in range(PRODUCTS)
    ]
    Product.objects.bulk_create(products, batch_size=500)
    specs = []
    for product in Product.objects.select_related("category__parent"):
        for field in fields[product.category.parent_id]:
            specs.append(ProductSpec(product=product, field=field, value=rng.choice(["1200", "高强度耐磨钢板", "45"])))
    ProductSpec.objects.bulk_create(specs, batch_size=2000)
    categories = [NewsCategory.objects.create(name=n, slug=f"news-{i}") for i, n in enumerate(["公司新闻", "行业动态"])]
    now = timezone.now()
    articles = []
    for number in range(ARTICLES):
        words = {
            "place": rng.choice(PLACES),
            "product": rng.choice(PRODUCT_NAMES),
            "event": rng.choice(EVENTS),
            "number": number,
        }
        articles.append(
            Article(
                title=rng.choice(TITLES).format(**words),
                slug=f"bench-{number}",
                category=categories[number % 2],
                status=Article.Status.PUBLISHED,
                publish_at=now - datetime.timedelta(minutes=rng.randint(60, 10 * 365 * 24 * 60)),
                summary=PARAGRAPHS[0].format(**words)[3:60],
                body="".join(p.format(**words) for p in rng.sample(PARAGRAPHS, k=3)),
            )
        )
    Article.objects.bulk_create(articles, batch_size=1000)
    for n in range(30):
        Page.objects.create(title=f"关于科德{n}", slug=f"about-{n}", body="<p>科德破碎锤研发与生产。</p>")
    for n in range(200):
        Case.objects.create(title=f"{rng.choice(PLACES)}矿山项目{n}", slug=f"case-{n}", body="<p>破碎锤驻场作业</p>",
                            is_published=True)  # fmt: skip
    for n in range(100):
        Video.objects.create(title=f"{rng.choice(PRODUCT_NAMES)}工作视频{n}", embed_url="https://player.bilibili.com/x",
                             is_published=True)  # fmt: skip
    for n in range(30):
        Job.objects.create(title=f"装配工{n}", slug=f"job-{n}", department="生产部", location="衡阳",
                           duties="<p>破碎锤总装</p>", requirements="<p>机械专业</p>")  # fmt: skip


def main():
    workdir = tempfile.mkdtemp(prefix="kede-bench-search-")
    url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.update(
        DJANGO_DEBUG="1",
        DJANGO_SETTINGS_MODULE="kede_site.settings",
        DATABASE_URL=url,
        DJANGO_MEDIA_ROOT=f"{workdir}/media",
        DJANGO_PRIVATE_MEDIA_ROOT=f"{workdir}/private",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    if not os.environ.get("BENCH_REUSE"):  # BENCH_REUSE=1: the database named is seeded already
        call_command("flush", interactive=False, verbosity=0)
        seed()
        call_command("rebuild_search_text", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(
        f"{connection.vendor}: seeded {PRODUCTS} products, {ARTICLES} articles in {time.perf_counter() - started:.0f} s"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    client = Client()
    session = client.session
    session["bench"] = True  # a session: the page cache lets every request through to the view
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    from core.cache import bump_content_version

    client.get("/search/", {"q": "破碎锤"})
    builds = []
    for _ in range(3):
        bump_content_version()  # as after an edit: every kind's index is read again
        begun = time.perf_counter()
        client.get("/search/", {"q": "破碎锤"})
        builds.append((time.perf_counter() - begun) * 1000)
    print(f"{'first search after an edit (indexes rebuilt)':<45} p50 {statistics.median(builds):6.1f} ms")
    everything = []
    for search in SEARCHES:
        path, _, query = search.partition("?")
        params = dict(part.split("=", 1) for part in query.split("&"))
        client.get(path, params)  # warm the fragments
        times = []
        for _ in range(REQUESTS):
            reset_queries()
            begun = time.perf_counter()
            response = client.get(path, params)
            times.append((time.perf_counter() - begun) * 1000)
            assert response.status_code == 200
        queries = len(connection.queries)
        total = (response.context or {}).get("total", "-")
        everything += times
        p90 = statistics.quantiles(times, n=10)[-1]
        p50 = statistics.median(times)
        print(f"{search:<45} p50 {p50:6.1f} ms  p90 {p90:6.1f} ms  {queries:2d} queries  {total} hits")
    print(f"{'all searches':<45} p50 {statistics.median(everything):6.1f} ms")


if __name__ == "__main__":
    try:
        main()
    finally:
        for leftover in Path(tempfile.gettempdir()).glob("kede-bench-search-*"):
            shutil.rmtree(leftover, ignore_errors=True)
