from django.urls import path

from kumppani.partners import views

app_name = "partners"

W = "w/<slug:workspace>/"

# /w/<ws>/partners/ is the directory's list of the workspace's partners; the search lives below it.
urlpatterns = [
    path(W + "partners/search/", views.partner_search, name="partner_search"),
    path(W + "partners/rebuild-index/", views.rebuild_index, name="rebuild_index"),
    path(W + "partners/like/<int:pk>/", views.more_like_organisation, name="more_like_organisation"),
    path(W + "partners/candidates/add/", views.add_candidate, name="add_candidate"),
    path(W + "partners/shortlists/", views.shortlist_list, name="shortlist_list"),
    path(W + "partners/shortlists/add/", views.add_to_shortlist, name="add_to_shortlist"),
    path(W + "partners/shortlists/entries/<int:pk>/remove/", views.shortlist_entry_delete,
         name="shortlist_entry_delete"),
]
