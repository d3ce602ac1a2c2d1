import datetime

import pytest
from django.utils import timezone

from news.factories import ArticleFactory, NewsCategoryFactory
from news.models import Article
from pages.factories import PageFactory, SiteSettingsFactory


@pytest.fixture
def newsroom(db):
    """The news section: three categories, published articles, a scheduled one and a draft."""
    SiteSettingsFactory()
    PageFactory(title="新闻动态", slug="news")
    company = NewsCategoryFactory(name="公司新闻", slug="company", order=1)
    industry = NewsCategoryFactory(name="行业动态", slug="industry", order=2)
    technical = NewsCategoryFactory(name="技术资料", slug="technical", order=3)
    now = timezone.now()

    def article(slug, category, days_ago, **extra):
        return ArticleFactory(slug=slug, category=category, publish_at=now - datetime.timedelta(days=days_ago), **extra)

    return {
        "company": company,
        "industry": industry,
        "technical": technical,
        "oldest": article("oldest", company, 30, title="科德成立二十周年"),
        "middle": article("middle", company, 20, title="新厂区三期开工"),
        "newest": article("newest", company, 10, title="科德亮相上海宝马展"),
        "pinned": article("pinned", industry, 40, title="挖掘机销量同比增长", is_pinned=True),
        "market": article("market", industry, 5, title="属具出口保持增长"),
        "guide": article("guide", technical, 3, title="液压破碎锤日常保养指南", source="科德维修中心", author="王工"),
        "scheduled": article("scheduled", company, -3, title="预告：科德将参加慕尼黑宝马展"),
        "draft": article("draft", company, 1, title="产品总目录（草稿）", status=Article.Status.DRAFT),
    }
