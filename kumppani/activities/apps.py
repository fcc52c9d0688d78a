from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "kumppani.activities"
    label = "activities"
