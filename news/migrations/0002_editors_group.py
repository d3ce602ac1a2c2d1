"""Superseded: the Editors group (with HR and Service) is created by core 0001_staff_groups and its
permissions are set by core.groups.sync_staff_groups. Kept, doing nothing, so that the migration graph
of databases that ran it stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("news", "0001_initial"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
