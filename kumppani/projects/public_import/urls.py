from django.urls import path

from kumppani.projects.public_import import views

app_name = "public_records"

urlpatterns = [
    path("w/<slug:workspace>/public-records/import/", views.import_view, name="import"),
]
