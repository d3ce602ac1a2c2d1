from django.db import migrations, models

from core.search import fill_search_columns, plain_text


def fill(apps, schema_editor):
    """The search columns of the rows already there (new saves fill their own)."""
    fill_search_columns(apps.get_model("careers", "Job").objects.all(), lambda row: (row.title, [row.department, row.location, plain_text(row.duties), plain_text(row.requirements), plain_text(row.benefits)]))


class Migration(migrations.Migration):

    dependencies = [
        ('careers', '0003_job_salary_range'),
    ]

    operations = [
        migrations.AddField(
            model_name='job',
            name='search_text',
            field=models.TextField(default='', editable=False),
        ),
        migrations.AddField(
            model_name='job',
            name='search_title',
            field=models.TextField(default='', editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
