"""A test-only URLconf: a visitor's submission saved with its notification e-mail, as careers and service do."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpResponse
from django.urls import path

from core.mail import queue_mail


def submit(request):
    with transaction.atomic():
        record = get_user_model().objects.create(username=request.POST["name"])  # stands in for an application
        queue_mail(
            to=["hr@kede.example"],
            subject=f"New application {record.pk}",
            template="core_tests/received.txt",
            context={"name": record.username, "reference": "KD7K3M9PQ2WX"},
        )
    return HttpResponse(f"saved {record.pk}")


urlpatterns = [path("submit/", submit)]
