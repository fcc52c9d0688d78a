from django.urls import path

from kumppani.funding import views
from kumppani.funding.records import RECORD_TYPES

app_name = "funding"

W = "w/<slug:workspace>/"

urlpatterns = [
    path(W + "programmes/", views.programme_list, name="programme_list"),
    path(W + "programmes/<int:pk>/", views.programme_detail, name="programme_detail"),
    path(W + "calls/", views.call_list, name="call_list"),
    path(W + "calls/<int:pk>/", views.call_detail, name="call_detail"),
]
for record_type in RECORD_TYPES:
    urlpatterns += record_type.urls()
