from django.urls import path

from kumppani.partners import views

app_name = "partners"

W = "w/<slug:workspace>/"

# /w/<ws>/partners/ is the directory's list of the workspace's partners; the search lives below it.
urlpatterns = [
    path(W + "partners/search/", views.partner_search, name="partner_search"),
    path(W + "partners/rebuild-index/", views.rebuild_index, name="rebuild_index"),
    path(W + "partners/like/<int:pk>/", views.more_like_organisation, name="more_like_organisation"),
]
