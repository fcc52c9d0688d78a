from django.urls import path

from kumppani.workspaces import views

app_name = "workspaces"

urlpatterns = [
    path("w/<slug:workspace>/public-page/", views.public_page_settings, name="public_page_settings"),
]
