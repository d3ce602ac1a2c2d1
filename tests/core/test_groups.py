import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.urls import reverse

from core.groups import group_permissions, sync_staff_groups

pytestmark = pytest.mark.django_db

CONTENT_ADMIN = ["admin:news_article_changelist", "admin:products_product_changelist", "admin:pages_page_changelist"]
USER_ADMIN = ["admin:auth_user_changelist", "admin:auth_group_changelist"]


@pytest.fixture
def staff(django_user_model, client):
    """Log in a staff member of the named group (or of none) and return the client."""

    def login(group=None):
        user = django_user_model.objects.create_user(f"staff-{group}", password="pw-staff-123", is_staff=True)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        return client

    return login


def statuses(client, names):
    return {name: client.get(reverse(name)).status_code for name in names}


def test_migrations_create_the_three_staff_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "HR", "Service"}


def test_the_core_migration_creates_the_groups_by_itself():
    migration = importlib.import_module("core.migrations.0001_staff_groups")
    Group.objects.all().delete()
    schema_editor = SimpleNamespace(connection=connection)  # all the migration's function reads of it
    migration.create_groups(apps, schema_editor)
    migration.create_groups(apps, schema_editor)  # a second run finds them
    assert sorted(Group.objects.values_list("name", flat=True)) == ["Editors", "HR", "Service"]


def test_an_editor_opens_the_content_admin_but_not_users_or_groups(staff):
    client = staff("Editors")
    assert statuses(client, CONTENT_ADMIN) == dict.fromkeys(CONTENT_ADMIN, 200)
    assert client.get(reverse("admin:news_article_add")).status_code == 200
    assert statuses(client, USER_ADMIN) == dict.fromkeys(USER_ADMIN, 403)


@pytest.mark.parametrize(
    ("group", "apps_shown"),
    [("HR", ["careers"]), ("Service", ["service"]), (None, [])],
    ids=["HR", "Service", "no-group"],
)
def test_hr_service_and_groupless_staff_reach_no_content_or_user_admin(staff, group, apps_shown):
    client = staff(group)
    assert statuses(client, CONTENT_ADMIN + USER_ADMIN) == dict.fromkeys(CONTENT_ADMIN + USER_ADMIN, 403)
    assert [app["app_label"] for app in client.get(reverse("admin:index")).context["app_list"]] == apps_shown


def test_service_may_read_work_and_delete_the_inboxes_but_never_add_to_them_and_edits_the_offices():
    codenames = set(Group.objects.get(name="Service").permissions.values_list("codename", flat=True))
    inboxes = {f"{action}_{model}" for action in ("view", "change", "delete")
               for model in ("plainmessage", "inquiry", "repairrequest")}  # fmt: skip
    offices = {f"{action}_office" for action in ("add", "change", "delete", "view")}
    assert codenames == inboxes | offices | {"view_repairphoto"}
    assert set(group_permissions("Service").values_list("content_type__app_label", flat=True)) == {"service"}


def test_editors_edit_the_sales_network_and_the_repair_process_but_no_inbox():
    codenames = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="service")
        .values_list("codename", flat=True)
    )
    assert codenames == {f"{action}_{model}" for action in ("add", "change", "delete", "view")
                         for model in ("office", "repairstep")}  # fmt: skip


def test_hr_may_read_move_and_delete_applications_but_never_add_or_rewrite_their_history():
    codenames = set(Group.objects.get(name="HR").permissions.values_list("codename", flat=True))
    openings = {f"{action}_{model}" for action in ("add", "change", "delete", "view")
                for model in ("job", "question", "privacynotice")}  # fmt: skip
    records = {"view_application", "change_application", "delete_application",
               "view_applicationevent", "view_resumedownload"}  # fmt: skip
    assert codenames == openings | records


def test_editors_get_no_careers_permission():
    editors = Group.objects.get(name="Editors")
    assert not editors.permissions.filter(content_type__app_label="careers").exists()


def test_a_group_gets_exactly_what_the_table_grants_and_loses_what_it_no_longer_grants(settings):
    settings.STAFF_GROUPS = {"Editors": {"news.article": ("view", "change"), "nosuchapp": ("view",)}}
    sync_staff_groups()
    editors = Group.objects.get(name="Editors")
    assert set(editors.permissions.values_list("codename", flat=True)) == {"view_article", "change_article"}
    settings.STAFF_GROUPS = {"Editors": {"news.article": ("view",)}}
    sync_staff_groups()
    assert set(editors.permissions.values_list("codename", flat=True)) == {"view_article"}


def test_a_group_added_to_the_table_is_created_at_the_next_sync(settings):
    settings.STAFF_GROUPS = {**settings.STAFF_GROUPS, "Archivists": {"news": ("view",)}}
    sync_staff_groups()
    codenames = set(Group.objects.get(name="Archivists").permissions.values_list("codename", flat=True))
    assert codenames == {f"view_{model._meta.model_name}" for model in apps.get_app_config("news").get_models()}
    assert "view_article" in codenames


def test_a_model_the_installed_app_lacks_is_a_configuration_error(settings):
    settings.STAFF_GROUPS = {"Editors": {"news.nosuchmodel": ("view",)}}
    with pytest.raises(ImproperlyConfigured, match="news.nosuchmodel"):
        sync_staff_groups()
