from django.urls import path

from kumppani.opportunities import urls_staff, views

app_name = "opportunities"

# Included before kumppani.public's URLs: "/p/<ws>/subscribe/" would otherwise read as a page language.
urlpatterns = [
    path("p/<slug:workspace>/subscribe/", views.subscribe, name="subscribe"),
    path("p/<slug:workspace>/subscription/confirm/<str:token>/", views.confirm, name="confirm"),
    path("p/<slug:workspace>/subscription/<str:token>/", views.manage, name="manage"),
    path("p/<slug:workspace>/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
urlpatterns += urls_staff.urlpatterns  # staff pages, the public opportunity page, partner form, feeds
