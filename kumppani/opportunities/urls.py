from kumppani.opportunities import urls_staff

app_name = "opportunities"

urlpatterns = urls_staff.urlpatterns  # staff pages, the public opportunity page and feeds
