from django.urls import path

from kumppani.home import views

app_name = "home"

urlpatterns = [
    path("", views.choose, name="choose"),
    path("w/<slug:workspace>/", views.dashboard, name="dashboard"),
]
