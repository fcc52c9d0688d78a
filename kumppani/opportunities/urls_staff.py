"""Staff pages under /w/<workspace>/, and the public opportunity page and feeds under /p/<workspace>/.

The app's URLs (namespace "opportunities"); kumppani.subscriptions' pages keep their addresses under
/w/<workspace>/opportunities/ too.
"""

from django.urls import path

from kumppani.opportunities import views_public, views_staff
from kumppani.opportunities.records import OPPORTUNITY

W = "w/<slug:workspace>/"
P = "p/<slug:workspace>/"
PL = "p/<slug:workspace>/<lang:language>/"

urlpatterns = [
    path(W + "opportunities/", views_staff.opportunity_list, name="opportunity_list"),
    path(W + "opportunities/<int:pk>/", views_staff.opportunity_detail, name="opportunity_detail"),
    *OPPORTUNITY.urls(),

    path(P + "opportunities/<int:pk>/", views_public.opportunity_page, name="public_opportunity"),
    path(PL + "opportunities/<int:pk>/", views_public.opportunity_page, name="public_opportunity_in_language"),
    path(P + "feeds/opportunities.atom", views_public.opportunities_atom, name="atom"),
    path(PL + "feeds/opportunities.atom", views_public.opportunities_atom, name="atom_in_language"),
    path(P + "feeds/themes/<slug:theme>.atom", views_public.theme_atom, name="theme_atom"),
    path(PL + "feeds/themes/<slug:theme>.atom", views_public.theme_atom, name="theme_atom_in_language"),
    path(P + "feeds/deadlines.ics", views_public.deadlines_ics, name="deadlines"),
    path(PL + "feeds/deadlines.ics", views_public.deadlines_ics, name="deadlines_in_language"),
]
