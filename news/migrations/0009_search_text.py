from django.db import migrations, models

from core.search import fill_search_columns, plain_text


def fill(apps, schema_editor):
    """The search columns of the rows already there (new saves fill their own)."""
    fill_search_columns(apps.get_model("news", "Article").objects.all(), lambda row: (row.title, [row.summary, plain_text(row.body)]))


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0008_article_list_order_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='search_text',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='article',
            name='search_title',
            field=models.TextField(default='', editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
