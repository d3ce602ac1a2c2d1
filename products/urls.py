from django.urls import path

from . import views

app_name = "products"

urlpatterns = [
    path("products/", views.CatalogIndexView.as_view(), name="index"),
    path("products/search/", views.FinderView.as_view(), name="search"),
    path("products/compare/", views.CompareView.as_view(), name="compare"),
    path("products/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("products/<slug:category>/<slug:slug>/", views.ProductDetailView.as_view(), name="detail"),
    path("applications/cases/", views.CaseListView.as_view(), name="cases"),
    path("applications/cases/<slug:slug>/", views.CaseDetailView.as_view(), name="case"),
    path("applications/videos/", views.VideoListView.as_view(), name="videos"),
]
