from django.urls import path

from . import views

app_name = "careers"

# Included under /careers/ by kede_site.urls, before the page tree: /careers/training/ stays a page.
urlpatterns = [
    path("", views.JobListView.as_view(), name="list"),
    path("jobs/<slug:slug>/", views.JobDetailView.as_view(), name="job"),
    path("qa/", views.QuestionListView.as_view(), name="qa"),
    path("apply/", views.ApplyView.as_view(), name="apply"),
    path("apply/thanks/", views.ThanksView.as_view(), name="thanks"),
    path("status/", views.StatusView.as_view(), name="status"),
    path("status/withdraw/", views.withdraw, name="withdraw"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
]
