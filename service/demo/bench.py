"""Bench service inbox: ``size.messages`` visitors' messages with phone numbers, routed to the
offices as the form routes them; one in twenty answered on the public board (see core.demo.bench)."""

import random
from collections import Counter

from core.demo.bench import bulk_insert

from ..models import Message, Office
from ..provinces import PROVINCES

SEED_AFTER = ["products", "pages"]

SUBJECTS = ["破碎锤报价", "加长臂适配咨询", "振动锤配件", "售后维修预约", "经销合作", "液压剪选型"]
NAMES = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"]


def seed_bench(size, progress):
    rng = random.Random(30)
    counts = Counter()
    missing = size.messages - Message.objects.count()
    if missing <= 0:
        return counts
    provinces = [code for code, _label in PROVINCES]
    offices = {code: Office.objects.route(code) for code in provinces}
    start = Message.objects.count() + 1

    def rows():
        for number in range(start, start + missing):
            province = rng.choice(provinces)
            answered = number % 20 == 0
            yield Message(
                kind=rng.choice(Message.Kind.values),
                name=f"{rng.choice(NAMES)}先生",
                phone=f"+86139{number:08d}",
                province=province,
                subject=rng.choice(SUBJECTS),
                body=f"您好，我们有一台{rng.randint(6, 50)}吨挖掘机，想了解贵公司的产品和价格，请联系我。",
                status=Message.Status.ANSWERED if answered else Message.Status.NEW,
                public_reply="您好，已安排当地办事处与您联系。" if answered else "",
                on_board=answered,
                office=offices[province],
                submission_key=f"bench-message-{number}",
            )

    with progress("messages", missing) as bar:
        counts["messages"] += bulk_insert(Message, rows(), bar)
    return counts
