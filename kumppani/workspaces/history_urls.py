from django.urls import path

from kumppani.workspaces import history_views as views

app_name = "audit"

urlpatterns = [
    path("w/<slug:workspace>/history/", views.history, name="history"),
    path("w/<slug:workspace>/history/<int:pk>/restore/", views.restore_deleted, name="restore"),
]
