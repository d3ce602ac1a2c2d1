"""Create the staff groups. Their permissions are set by core.groups.sync_staff_groups after migrate.

Supersedes news 0002, which created Editors alone (get_or_create keeps databases that ran it as they are).
"""

from django.db import migrations

GROUPS = ("Editors", "HR", "Service")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.using(schema_editor.connection.alias).get_or_create(name=name)


def delete_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
