"""Bench news: ``size.articles`` articles across the news categories, titles and bodies from
templates, published over the last ten years (see core.demo.bench). Tops up to the size."""

import datetime
import random
from collections import Counter

from django.utils import timezone

from core.demo.bench import bulk_insert

from ..models import Article, NewsCategory

SEED_AFTER = ["products"]

PLACES = ["烟台", "长沙", "衡阳", "成都", "武汉", "郑州", "西安", "昆明", "乌鲁木齐", "雅加达", "迪拜", "圣保罗"]
PRODUCTS = ["液压破碎锤", "振动锤", "加长臂", "液压剪", "抓木器", "快换接头", "松土器", "岩石斗"]
EVENTS = ["交付", "投产", "中标", "验收", "发布", "参展", "培训", "签约"]
TITLES = [
    "{place}{product}项目顺利{event}，科德服务团队驻场保障",
    "科德{product}在{place}{event}，客户反馈作业效率提升三成",
    "{year}年{place}工程机械市场观察：{product}需求持续增长",
    "{product}使用与保养要点（第{number}期）",
    "科德集团{event}{place}经销商大会，{product}新品受关注",
]
PARAGRAPHS = [
    "<p>{month}月，科德{product}在{place}{event}。项目方表示，设备进场后连续作业，未出现结构性故障。</p>",
    "<p>{product}的关键部件采用高强度耐磨钢板和整体热处理工艺，出厂前在测试台完成性能试验。</p>",
    "<p>科德售后团队在{place}设有服务网点，可在24小时内到达现场，每周对销轴、油缸和管路进行巡检。</p>",
    "<h2>使用建议</h2><p>每班作业前检查蓄能器压力和润滑情况，连续作业两小时后停机检查液压油温度。</p>",
]


def seed_bench(size, progress):
    rng = random.Random(20)
    counts = Counter()
    categories = list(NewsCategory.objects.order_by("order", "pk"))
    missing = size.articles - Article.objects.count()
    if missing <= 0 or not categories:
        return counts
    now = timezone.now()
    start = Article.objects.count() + 1

    def rows():
        for number in range(start, start + missing):
            place, product, event = rng.choice(PLACES), rng.choice(PRODUCTS), rng.choice(EVENTS)
            published = now - datetime.timedelta(minutes=rng.randint(60, 10 * 365 * 24 * 60))
            words = {"place": place, "product": product, "event": event, "number": number, "year": published.year}
            words["month"] = published.month
            yield Article(
                title=rng.choice(TITLES).format(**words),
                slug=f"bench-{number}",
                category=categories[number % len(categories)],
                status=Article.Status.PUBLISHED,
                publish_at=published,
                source="科德集团",
                summary=f"{place}{product}{event}：{PARAGRAPHS[0].format(**words)[3:60]}",
                body="".join(paragraph.format(**words) for paragraph in rng.sample(PARAGRAPHS, k=3)),
                view_count=rng.randint(0, 5000),
            )

    with progress("articles", missing) as bar:
        counts["articles"] += bulk_insert(Article, rows(), bar)
    return counts
