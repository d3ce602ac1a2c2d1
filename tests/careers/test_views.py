"""The public careers pages: openings, filters, job pages, Q&A, privacy notice, sitemap."""

import datetime

import pytest
from django.utils import timezone

from careers.factories import JobFactory, QuestionFactory
from pages.factories import PageFactory
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db
YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)


def test_the_list_shows_the_intro_and_only_open_positions(client):
    section = PageFactory(title="加入科德", nav_title="人才招聘", slug="careers", body="<p>为什么加入科德</p>")
    PageFactory(title="培训发展", slug="training", parent=section)
    JobFactory(title="液压工程师", headcount=3)
    JobFactory(title="已截止职位", closes_on=YESTERDAY)
    JobFactory(title="草稿职位", is_published=False)
    page = client.get("/careers/").content.decode()
    assert "为什么加入科德" in page and "液压工程师" in page
    assert "已截止职位" not in page and "草稿职位" not in page
    assert 'href="/careers/training/"' in page


def test_training_stays_a_page_of_the_tree(client):
    section = PageFactory(title="加入科德", slug="careers")
    PageFactory(title="培训发展", slug="training", parent=section, body="<p>师带徒</p>")
    assert "师带徒" in client.get("/careers/training/").content.decode()


def test_positions_filter_by_department_and_location_without_javascript(client):
    JobFactory(title="焊工", department="结构件车间", location="衡阳")
    JobFactory(title="区域销售经理", department="营销中心", location="长沙")
    JobFactory(title="销售内勤", department="营销中心", location="衡阳")
    page = client.get("/careers/", {"department": "营销中心", "location": "衡阳"}).content.decode()
    assert "销售内勤" in page and "焊工" not in page and "区域销售经理" not in page
    assert '<option value="营销中心" selected>' in page


@pytest.mark.parametrize("query", [{"department": "不存在"}, {"location": "<script>"}, {"department": "x" * 500}])
def test_an_unknown_filter_value_is_ignored(client, query):
    JobFactory(title="焊工")
    response = client.get("/careers/", query)
    assert response.status_code == 200 and "焊工" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_a_job_page_shows_duties_requirements_and_the_apply_link(client):
    job = JobFactory(slug="welder", duties="<p>焊接结构件</p>", requirements="<p>持焊工证</p>")
    page = client.get("/careers/jobs/welder/").content.decode()
    assert "焊接结构件" in page and "持焊工证" in page
    assert f'href="/careers/apply/?job={job.slug}"' in page


def test_a_closed_job_answers_200_with_a_notice_and_the_open_ones(client):
    JobFactory(slug="old", title="旧职位", closes_on=YESTERDAY)
    JobFactory(slug="new", title="新职位")
    response = client.get("/careers/jobs/old/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "该职位已停止招聘" in page and 'href="/careers/jobs/new/"' in page
    assert "/careers/apply/?job=old" not in page
    assert '<meta name="robots" content="noindex">' in page


def test_an_unpublished_or_unknown_job_is_not_found(client):
    JobFactory(slug="draft", is_published=False)
    assert client.get("/careers/jobs/draft/").status_code == 404
    assert client.get("/careers/jobs/nothing/").status_code == 404


def test_staff_preview_an_unpublished_job(admin_client):
    JobFactory(slug="draft", is_published=False)
    assert admin_client.get("/careers/jobs/draft/").status_code == 200


def test_questions_are_shown_in_their_order_and_drafts_hidden(client):
    QuestionFactory(question="第二个问题", order=2)
    QuestionFactory(question="第一个问题", order=1)
    QuestionFactory(question="草稿问题", is_published=False)
    page = client.get("/careers/qa/").content.decode()
    assert page.index("第一个问题") < page.index("第二个问题")
    assert "草稿问题" not in page


def test_the_privacy_notice_states_the_retention_setting(client, settings, notice):
    settings.CAREERS_RETENTION_DAYS = 90
    page = client.get("/careers/privacy/").content.decode()
    assert "90 天" in page and "180 天" not in page
    assert "2026-11" in page and "仅人力资源部可以查看" in page


def test_the_privacy_page_has_a_built_in_text_before_hr_writes_one(client):
    page = client.get("/careers/privacy/").content.decode()
    assert "180 天" in page and "人力资源部" in page


def test_the_sitemap_lists_open_jobs_only(client):
    JobFactory(slug="open-one")
    JobFactory(slug="closed-one", closes_on=YESTERDAY)
    sitemap = sitemap_text(client)
    assert "/careers/jobs/open-one/" in sitemap and "/careers/jobs/closed-one/" not in sitemap
    assert "/careers/privacy/" in sitemap


def test_the_list_drops_a_job_the_day_after_it_closes_without_a_save(client):
    """The cached list is retired at the closing time registered with core.cache.register_schedule."""
    from core.cache import _next_change

    JobFactory(title="今天截止", closes_on=timezone.localdate())
    assert "今天截止" in client.get("/careers/").content.decode()
    tomorrow = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=1), datetime.time.min)
    )
    assert _next_change(after=timezone.now().timestamp()) <= tomorrow.timestamp()


def test_english_pages_answer(client):
    JobFactory(slug="welder")
    for url in ("/en/careers/", "/en/careers/jobs/welder/", "/en/careers/apply/", "/en/careers/status/"):
        assert client.get(url).status_code == 200, url
