from django.apps import AppConfig


class FundingConfig(AppConfig):
    name = "kumppani.funding"
    label = "funding"
