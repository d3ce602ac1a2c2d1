from django.db import migrations, models

from core.search import fill_search_columns, plain_text


def fill(apps, schema_editor):
    """The search columns of the rows already there (new saves fill their own)."""
    fill_search_columns(apps.get_model("products", "Case").objects.all(), lambda row: (row.title, [row.location, row.summary, plain_text(row.body)]))
    fill_search_columns(apps.get_model("products", "Video").objects.all(), lambda row: (row.title, [row.description]))


class Migration(migrations.Migration):

    dependencies = [
        ('products', '0009_tonnage_from_fitment_not_specs'),
    ]

    operations = [
        migrations.AddField(
            model_name='case',
            name='search_text',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='case',
            name='search_title',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='video',
            name='search_text',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='video',
            name='search_title',
            field=models.TextField(default='', editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
