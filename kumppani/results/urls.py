from django.urls import path

from kumppani.results import views
from kumppani.results.records import RECORD_TYPES

app_name = "results"

W = "w/<slug:workspace>/"

urlpatterns = [
    path(W + "good-practices/", views.good_practice_list, name="good_practice_list"),
    path(W + "good-practices/<int:pk>/", views.good_practice_detail, name="good_practice_detail"),
    path(W + "advocacy/", views.advocacy_item_list, name="advocacy_item_list"),
    path(W + "advocacy/<int:pk>/", views.advocacy_item_detail, name="advocacy_item_detail"),
    path(W + "internships/", views.internship_list, name="internship_list"),
    path(W + "internships/<int:pk>/", views.internship_detail, name="internship_detail"),
    path(W + "internships/<int:pk>/applicants/", views.internship_applicant_add, name="internship_applicant_add"),
    path(W + "applicants/<int:pk>/edit/", views.applicant_edit, name="applicant_edit"),
    path(W + "applicants/<int:pk>/delete/", views.applicant_delete, name="applicant_delete"),
]
for record_type in RECORD_TYPES:
    urlpatterns += record_type.urls()
