from django.urls import path

from kumppani.directory import duplicates_views, stewardship_views, transfer_views, views
from kumppani.directory.records import RECORD_TYPES

app_name = "directory"

W = "w/<slug:workspace>/"

urlpatterns = [
    path("countries/search-names.json", views.country_search_names, name="country_search_names"),
    path(W + "organisations/", views.organisation_list, name="organisation_list"),
    path(W + "organisations/duplicates/", duplicates_views.duplicate_list, name="duplicate_list"),
    path(W + "organisations/duplicates/merge/", duplicates_views.duplicate_merge, name="duplicate_merge"),
    path(W + "organisations/duplicates/distinct/", duplicates_views.duplicate_distinct, name="duplicate_distinct"),
    path(W + "organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path(W + "organisations/<int:pk>/notes/", views.organisation_note_add, name="organisation_note_add"),
    path(W + "organisations/<int:pk>/propose/", stewardship_views.organisation_propose,
         name="organisation_propose"),
    path(W + "organisations/<int:pk>/own-values/", stewardship_views.organisation_own_values,
         name="organisation_own_values"),
    path(W + "themes/<int:pk>/propose/", stewardship_views.theme_propose, name="theme_propose"),
    path(W + "proposals/", stewardship_views.proposal_list, name="proposal_list"),
    path(W + "proposals/<int:pk>/accept/", stewardship_views.proposal_decide, {"decision": "accept"},
         name="proposal_accept"),
    path(W + "proposals/<int:pk>/reject/", stewardship_views.proposal_decide, {"decision": "reject"},
         name="proposal_reject"),
    path("instance/", stewardship_views.instance_home, name="instance_home"),
    path("instance/proposals/<int:pk>/accept/", stewardship_views.instance_proposal_decide, {"decision": "accept"},
         name="instance_proposal_accept"),
    path("instance/proposals/<int:pk>/reject/", stewardship_views.instance_proposal_decide, {"decision": "reject"},
         name="instance_proposal_reject"),
    path(W + "organisations/choices/", views.organisation_choices, name="organisation_choices"),
    path(W + "regions/", views.region_options, name="region_options"),
    path(W + "people/", views.person_list, name="person_list"),
    path(W + "people/<int:pk>/data/", views.person_data_export, name="person_data_export"),
    path(W + "people/<int:pk>/erase/", views.person_erase, name="person_erase"),
    path(W + "networks/", views.membership_list, name="membership_list"),
    path(W + "partners/", views.partnership_list, name="partnership_list"),
    path(W + "representations/", views.representation_list, name="representation_list"),
    path(W + "themes/", views.theme_list, name="theme_list"),
    path(W + "import/", transfer_views.import_view, name="import"),
    path(W + "export/", transfer_views.export_view, name="export"),
]
for record_type in RECORD_TYPES:
    urlpatterns += record_type.urls()
