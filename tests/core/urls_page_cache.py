"""The site's URLs plus small views that go through the page cache like any page."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import engines
from django.urls import path
from django.views.decorators.cache import cache_control

from core.cache import cache_query_params
from kede_site.urls import urlpatterns as site_urlpatterns

FORM = engines["django"].from_string('<form method="post">{% csrf_token %}<button>Send</button></form>')


@cache_query_params()
def form(request):
    if request.method == "POST":
        return HttpResponse(f"sent by {request.POST['name']}")
    return HttpResponse(FORM.render(request=request))


@cache_query_params()
def sets_cookie(request):
    response = HttpResponse("welcome")
    response.set_cookie("seen", "1")
    return response


@cache_query_params()
def writes_session(request):
    request.session["visited"] = True
    return HttpResponse("noted")


@cache_query_params()
@cache_control(no_store=True)
def no_store(request):
    return HttpResponse("fresh every time")


def adds_message(request):
    messages.info(request, "Your settings were saved.")
    return redirect("/about/")


def undeclared(request):
    """Reads a parameter without declaring it."""
    return HttpResponse(f"x={request.GET.get('x', '')}")


urlpatterns = [
    path("form/", form),
    path("sets-cookie/", sets_cookie),
    path("writes-session/", writes_session),
    path("no-store/", no_store),
    path("adds-message/", adds_message),
    path("undeclared/", undeclared),
    *site_urlpatterns,
]
