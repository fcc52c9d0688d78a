from django.urls import path

from kumppani.projects import views

app_name = "projects"

W = "w/<slug:workspace>/projects/"

urlpatterns = [
    path(W, views.project_list, name="project_list"),
    path(W + "board/", views.project_board, name="project_board"),
    path(W + "export/", views.project_export, name="project_export"),
    path(W + "calls/", views.call_options, name="call_options"),
    path(W + "new/", views.project_create, name="project_create"),
    path(W + "partner-row/", views.partner_row, name="partner_row"),
    path(W + "<int:pk>/", views.project_detail, name="project_detail"),
    path(W + "<int:pk>/edit/", views.project_edit, name="project_edit"),
    path(W + "<int:pk>/delete/", views.project_delete, name="project_delete"),
    path(W + "<int:pk>/status/", views.project_status, name="project_status"),
    path(W + "<int:pk>/outputs/new/", views.project_output_create, name="project_output_create"),
    path(W + "<int:pk>/attachments/", views.project_upload, name="project_upload"),
    path(W + "outputs/<int:pk>/edit/", views.output_edit, name="output_edit"),
    path(W + "outputs/<int:pk>/delete/", views.output_delete, name="output_delete"),
    path(W + "attachments/<int:pk>/", views.attachment_download, name="attachment_download"),
    path(W + "attachments/<int:pk>/delete/", views.attachment_delete, name="attachment_delete"),
]
