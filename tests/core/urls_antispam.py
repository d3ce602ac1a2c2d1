"""A test-only URLconf: a public form wired the way the careers and service apps wire theirs."""

from django import forms
from django.http import HttpResponse
from django.urls import path, reverse
from django.views.generic import FormView

from core.antispam import ProtectedFormMixin, SpamProtectionMixin
from kede_site.urls import urlpatterns as site_urlpatterns

RECEIVED = []  # what form_valid() stored; a spam submission must never reach it


class MessageForm(SpamProtectionMixin, forms.Form):
    name = forms.CharField(max_length=50)
    message = forms.CharField(max_length=500)


class MessageView(ProtectedFormMixin, FormView):
    form_class = MessageForm
    rate_limit_scope = "test-message"

    def form_valid(self, form):
        RECEIVED.append(form.cleaned_data)
        return HttpResponse("thanks")

    def render_to_response(self, context, **response_kwargs):
        form = context["form"]
        return HttpResponse(f'<form method="post">{form}</form>')


class OtherView(MessageView):
    rate_limit_scope = "test-other"


class RobotLandingView(MessageView):
    rate_limit_scope = "test-landing"

    def get_spam_url(self):
        return reverse("test-done")


class UnscopedView(MessageView):
    rate_limit_scope = None


urlpatterns = [
    path("test-message/", MessageView.as_view(), name="test-message"),
    path("test-other/", OtherView.as_view(), name="test-other"),
    path("test-landing/", RobotLandingView.as_view(), name="test-landing"),
    path("test-unscoped/", UnscopedView.as_view(), name="test-unscoped"),
    path("test-done/", lambda request: HttpResponse("done"), name="test-done"),
    *site_urlpatterns,
]
