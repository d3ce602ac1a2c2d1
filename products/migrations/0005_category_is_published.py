from django.db import migrations, models


class Migration(migrations.Migration):
    """One name for the visibility flag: a category is published or not, like everything else."""

    dependencies = [
        ("products", "0004_documents_random_names"),
    ]

    operations = [
        migrations.RenameField(model_name="category", old_name="is_active", new_name="is_published"),
        migrations.AlterField(
            model_name="category",
            name="is_published",
            field=models.BooleanField(
                default=True,
                help_text="An unpublished category hides its subcategories and all their products from visitors.",
                verbose_name="published",
            ),
        ),
    ]
