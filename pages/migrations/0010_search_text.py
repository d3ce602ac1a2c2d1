from django.db import migrations, models

from core.search import fill_search_columns, plain_text


def fill(apps, schema_editor):
    """The search columns of the rows already there (new saves fill their own)."""
    fill_search_columns(apps.get_model("pages", "Page").objects.all(), lambda row: (row.title, [row.nav_title, row.summary, plain_text(row.body)]))


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0009_site_settings_unconverted_terms'),
    ]

    operations = [
        migrations.AddField(
            model_name='page',
            name='search_text',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='page',
            name='search_title',
            field=models.TextField(default='', editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
