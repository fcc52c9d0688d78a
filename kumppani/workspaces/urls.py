from django.urls import path

from kumppani.workspaces import views
from kumppani.workspaces.records import FOCUS_AREA

app_name = "workspaces"

urlpatterns = [
    path("", views.home, name="home"),
    path("w/<slug:workspace>/", views.dashboard, name="dashboard"),
    path("w/<slug:workspace>/public-page/", views.public_page_settings, name="public_page_settings"),
    *FOCUS_AREA.urls(),
]
