from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "kumppani.opportunities"
    label = "opportunities"
