from django.urls import path

from kumppani.jobs import views

app_name = "jobs"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("w/<slug:workspace>/jobs/", views.job_list, name="job_list"),
    path("w/<slug:workspace>/jobs/<int:pk>/", views.job_detail, name="job_detail"),
    path("w/<slug:workspace>/jobs/<int:pk>/cancel/", views.job_cancel, name="job_cancel"),
    path("w/<slug:workspace>/jobs/<int:pk>/download/", views.job_download, name="job_download"),
]
