"""Staff pages under /w/<workspace>/, and the public opportunity page, partner form and feeds under /p/<workspace>/.

Added to the app's URLs (namespace "opportunities"), which come before kumppani.public's: "/p/<ws>/partner/"
would otherwise read as a page language.
"""

from django.urls import path

from kumppani.opportunities import views_public, views_staff
from kumppani.opportunities.records import OPPORTUNITY

W = "w/<slug:workspace>/"
P = "p/<slug:workspace>/"
PL = "p/<slug:workspace>/<str:language>/"

urlpatterns = [
    path(W + "opportunities/", views_staff.opportunity_list, name="opportunity_list"),
    path(W + "opportunities/<int:pk>/", views_staff.opportunity_detail, name="opportunity_detail"),
    *OPPORTUNITY.urls(),
    path(W + "opportunities/inquiries/", views_staff.inquiry_list, name="inquiry_list"),
    path(W + "opportunities/inquiries/<int:pk>/", views_staff.inquiry_detail, name="inquiry_detail"),
    path(W + "opportunities/inquiries/<int:pk>/status/", views_staff.inquiry_status, name="inquiry_status"),
    path(W + "opportunities/subscribers/", views_staff.subscriber_list, name="subscriber_list"),
    path(W + "opportunities/subscribers/<int:pk>/next-digest/", views_staff.subscriber_preview,
         name="subscriber_preview"),
    path(W + "opportunities/digests/", views_staff.digest_run_list, name="digest_run_list"),
    path(W + "opportunities/digests/send-now/", views_staff.send_digests_now, name="send_digests_now"),
    path(W + "opportunities/digests/<int:pk>/", views_staff.digest_run_detail, name="digest_run_detail"),
    path(W + "programmes/<int:pk>/follow/", views_staff.programme_follow, name="programme_follow"),

    path(P + "opportunities/<int:pk>/", views_public.opportunity_page, name="public_opportunity"),
    path(PL + "opportunities/<int:pk>/", views_public.opportunity_page, name="public_opportunity_in_language"),
    path(P + "partner/", views_public.partner_request, name="partner_request"),
    path(PL + "partner/", views_public.partner_request, name="partner_request_in_language"),
    path(P + "feeds/opportunities.atom", views_public.opportunities_atom, name="atom"),
    path(PL + "feeds/opportunities.atom", views_public.opportunities_atom, name="atom_in_language"),
    path(P + "feeds/themes/<slug:theme>.atom", views_public.theme_atom, name="theme_atom"),
    path(PL + "feeds/themes/<slug:theme>.atom", views_public.theme_atom, name="theme_atom_in_language"),
    path(P + "feeds/deadlines.ics", views_public.deadlines_ics, name="deadlines"),
    path(PL + "feeds/deadlines.ics", views_public.deadlines_ics, name="deadlines_in_language"),
]
