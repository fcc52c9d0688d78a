from django.urls import path

from kumppani.activities import views
from kumppani.activities.records import ACTIVITY

app_name = "activities"

W = "w/<slug:workspace>/activities/"

urlpatterns = [
    path(W, views.activity_list, name="activity_list"),
    path(W + "<int:pk>/", views.activity_detail, name="activity_detail"),
    path(W + "calendar/", views.activity_calendar, name="activity_calendar"),
    path(W + "export/", views.activity_export, name="activity_export"),
    path(W + "feed/", views.activity_feed_link, name="activity_feed_link"),
    path(W + "choices/projects/", views.activity_project_choices, name="activity_project_choices"),
    path(W + "choices/organisers/", views.activity_organiser_choices, name="activity_organiser_choices"),
    # Outside /w/: calendar apps fetch it without signing in, with the secret token as the key.
    path("feeds/<slug:workspace>/<str:token>/activities.ics", views.activity_feed, name="activity_feed"),
    *ACTIVITY.urls(),
]
