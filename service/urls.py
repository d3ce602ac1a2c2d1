from django.urls import path

from . import views

app_name = "service"

# Included by kede_site.urls before the page tree: /service/after-sales/ and the rest stay pages.
urlpatterns = [
    path("repair/", views.RepairCenterView.as_view(), name="repair"),
    path("repair/process/", views.RepairProcessView.as_view(), name="repair_process"),
    path("repair/request/", views.RepairRequestView.as_view(), name="repair_request"),
    path("repair/request/thanks/", views.RepairThanksView.as_view(), name="repair_thanks"),
    path("repair/status/", views.RepairStatusView.as_view(), name="repair_status"),
    path("service/message/", views.MessageView.as_view(), name="message"),
    path("service/message/thanks/", views.MessageThanksView.as_view(), name="message_thanks"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("contact/network/", views.NetworkView.as_view(), name="network"),
]
