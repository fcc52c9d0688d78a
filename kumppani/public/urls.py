from django.urls import path

from kumppani.public import views

app_name = "public"

urlpatterns = [
    path("p/<slug:workspace>/", views.public_page, name="page"),
    path("p/<slug:workspace>/<lang:language>/", views.public_page, name="page_in_language"),
    path("p/<slug:workspace>/contact/<int:person>/", views.contact_person, name="contact"),
    path("p/<slug:workspace>/<lang:language>/contact/<int:person>/", views.contact_person, name="contact_in_language"),
]
