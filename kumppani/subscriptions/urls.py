from django.urls import path

from kumppani.subscriptions import views, views_public, views_staff

app_name = "subscriptions"

W = "w/<slug:workspace>/"
P = "p/<slug:workspace>/"
PL = "p/<slug:workspace>/<lang:language>/"

# The staff pages keep their addresses under /w/<workspace>/opportunities/.
urlpatterns = [
    path("p/<slug:workspace>/subscribe/", views.subscribe, name="subscribe"),
    path("p/<slug:workspace>/subscription/confirm/<str:token>/", views.confirm, name="confirm"),
    path("p/<slug:workspace>/subscription/<str:token>/", views.manage, name="manage"),
    path("p/<slug:workspace>/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(P + "partner/", views_public.partner_request, name="partner_request"),
    path(PL + "partner/", views_public.partner_request, name="partner_request_in_language"),

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
]
