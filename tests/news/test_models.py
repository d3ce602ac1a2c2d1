import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from freezegun import freeze_time

from news.factories import ArticleFactory, AttachmentFactory, NewsCategoryFactory
from news.models import Article

pytestmark = pytest.mark.django_db


def test_published_means_status_published_and_publication_time_reached():
    category = NewsCategoryFactory()
    with freeze_time("2025-03-01 08:00:00+08:00"):
        due = ArticleFactory(category=category, publish_at=timezone.now() - datetime.timedelta(minutes=1))
        now = ArticleFactory(category=category, publish_at=timezone.now())
        later = ArticleFactory(category=category, publish_at=timezone.now() + datetime.timedelta(minutes=1))
        draft = ArticleFactory(
            category=category, publish_at=timezone.now() - datetime.timedelta(days=1), status=Article.Status.DRAFT
        )
        assert set(Article.objects.published()) == {due, now}
        assert later.is_scheduled and not later.is_live
        assert not draft.is_live and not draft.is_scheduled
    with freeze_time("2025-03-01 08:01:00+08:00"):
        assert set(Article.objects.published()) == {due, now, later}
        assert later.is_live
    assert draft not in Article.objects.published()


def test_staff_see_every_article_visitors_only_published(newsroom, admin_user, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    visitor_sees = set(Article.objects.visible_to(AnonymousUser()))
    assert newsroom["draft"] not in visitor_sees and newsroom["scheduled"] not in visitor_sees
    assert set(Article.objects.visible_to(admin_user)) == set(Article.objects.all())
    member = django_user_model.objects.create_user("member", password="x")
    assert newsroom["draft"] not in set(Article.objects.visible_to(member))


def test_previous_and_next_stay_in_the_category_in_publication_order(newsroom):
    published = Article.objects.published()
    middle = newsroom["middle"]
    assert published.before(middle).first() == newsroom["oldest"]
    assert published.after(middle).first() == newsroom["newest"]
    assert published.before(newsroom["oldest"]).first() is None
    assert published.after(newsroom["newest"]).first() is None  # the scheduled one is not out yet


def test_articles_published_at_the_same_second_still_have_an_order():
    category = NewsCategoryFactory()
    moment = timezone.now() - datetime.timedelta(hours=1)
    first, second, third = (ArticleFactory(category=category, publish_at=moment) for _ in range(3))
    published = Article.objects.published()
    assert published.after(first).first() == second
    assert published.after(second).first() == third
    assert published.before(third).first() == second


def test_lists_put_pinned_articles_first(newsroom):
    assert list(Article.objects.published().for_list())[0] == newsroom["pinned"]


@pytest.mark.parametrize("slug", ["feed", "views"])
def test_reserved_slugs_are_refused(slug):
    category = NewsCategoryFactory.build(slug=slug, name="类别")
    with pytest.raises(ValidationError) as error:
        category.full_clean()
    assert "slug" in error.value.message_dict


def test_article_address_is_category_then_slug(newsroom):
    assert newsroom["guide"].get_absolute_url() == "/news/technical/guide/"


def test_attachment_stores_its_type_and_size():
    attachment = AttachmentFactory()
    attachment.refresh_from_db()
    assert attachment.kind == "pdf"
    assert attachment.size == attachment.file.size > 0
    assert attachment.label == "产品手册"
