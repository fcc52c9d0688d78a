from django.urls import path

from kumppani.projects.public_import import mapped_views, views

app_name = "public_records"

urlpatterns = [
    path("w/<slug:workspace>/public-records/import/", views.import_view, name="import"),
    path("w/<slug:workspace>/public-records/import/mapped/", mapped_views.mapped_import_view, name="import_mapped"),
]
