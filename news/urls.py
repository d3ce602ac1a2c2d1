from django.urls import path

from . import feeds, views

app_name = "news"

# Included under /news/ by kede_site.urls; "feed" and "views" are reserved slugs (see models).
urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("views/<int:pk>/", views.count_view, name="count_view"),
    path("<slug:slug>/", views.ArticleListView.as_view(), name="category"),
    path("<slug:slug>/feed/", feeds.CategoryFeed(), name="category_feed"),
    path("<slug:category>/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
