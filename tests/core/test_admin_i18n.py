"""core.admin_i18n and the user/group admins: what Django leaves in English is shown in Chinese."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from core.admin_i18n import permission_label

pytestmark = pytest.mark.django_db


def test_permissions_are_listed_in_chinese_on_the_group_page(admin_client):
    group = Group.objects.create(name="测试组")
    page = admin_client.get(reverse("admin:auth_group_change", args=[group.pk])).content.decode()
    assert "新闻动态 | 文章 | 修改" in page
    assert "Can change" not in page and "Can add" not in page


def test_a_permission_outside_the_four_default_actions_keeps_its_name():
    permission = Permission.objects.get(codename="change_article")
    custom = Permission(content_type=permission.content_type, codename="publish_article", name="发布文章")
    assert permission_label(permission) == "新闻动态 | 文章 | 修改"
    assert permission_label(custom) == "新闻动态 | 文章 | 发布文章"


def test_deleting_a_group_names_its_members_and_permissions_in_chinese(admin_client, django_user_model):
    group = Group.objects.create(name="测试组")
    group.permissions.add(Permission.objects.get(codename="view_article"))
    django_user_model.objects.create_user("member", is_staff=True).groups.add(group)
    page = admin_client.get(reverse("admin:auth_group_delete", args=[group.pk])).content.decode()
    assert "新闻动态 | 文章 | 查看" in page and "member" in page
    assert "User-group" not in page and "object (" not in page and "Can view" not in page


def test_the_yes_no_icons_of_admin_lists_have_chinese_alt_text(admin_client, django_user_model):
    page = admin_client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert 'alt="是"' in page and 'alt="True"' not in page and 'alt="False"' not in page
