from django.urls import path

from kumppani.strategy import report_views, views
from kumppani.strategy.focus_areas import FOCUS_AREA
from kumppani.strategy.records import INDICATOR, MANUAL_VALUE, MEASURE, STRATEGY

app_name = "strategy"

W = "w/<slug:workspace>/strategy/"

urlpatterns = [
    path(W, views.strategy_list, name="strategy_list"),
    path(W + "<int:pk>/", views.strategy_detail, name="strategy_detail"),
    path(W + "<int:pk>/dashboard/", views.strategy_dashboard, name="strategy_dashboard"),
    path(W + "<int:pk>/report.xlsx", report_views.report_xlsx, name="strategy_report_xlsx"),
    path(W + "<int:pk>/report.pdf", report_views.report_pdf, name="strategy_report_pdf"),
    path(W + "<int:pk>/indicators/new/", views.indicator_create, name="strategy_indicator_create"),
    path(W + "indicators/<int:pk>/", views.indicator_detail, name="indicator_detail"),
    path(W + "indicators/<int:pk>/edit/", views.indicator_edit, name="indicator_edit"),
    path(W + "indicators/<int:pk>/records/", views.indicator_records, name="indicator_records"),
    path(W + "indicators/definition-fields/", views.indicator_definition_fields,
         name="indicator_definition_fields"),
    *STRATEGY.urls(),
    *[pattern for pattern in INDICATOR.urls() if pattern.name == "indicator_delete"],
    *MEASURE.urls(),
    *MANUAL_VALUE.urls(),
    *FOCUS_AREA.urls(),
]
