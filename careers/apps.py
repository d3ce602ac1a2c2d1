from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "careers"
    verbose_name = _("Careers")

    def ready(self):
        from core.cache import register_schedule

        from .models import Job

        # The lists drop an opening on the day after its closing date without anyone saving anything.
        register_schedule(Job.objects.next_closing_after)
