from django.urls import path, re_path

from . import views

app_name = "pages"

# Included last by kede_site.urls: the page tree answers any path no app claims.
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    re_path(r"^(?P<path>(?:[-a-zA-Z0-9_]+/)+)$", views.PageView.as_view(), name="page"),
]
