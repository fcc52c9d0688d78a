from django.urls import path

from kumppani.home import views

app_name = "home"

urlpatterns = [
    path("", views.choose, name="choose"),
    path("w/<slug:workspace>/", views.dashboard, name="dashboard"),
    path("w/<slug:workspace>/translations/", views.translation_status, name="translations"),
    path("w/<slug:workspace>/translations/workbook.xlsx", views.translation_workbook, name="translation_workbook"),
    path("w/<slug:workspace>/translations/upload/", views.translation_upload, name="translation_upload"),
]
