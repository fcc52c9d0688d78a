from django.apps import AppConfig


class ResultsConfig(AppConfig):
    name = "kumppani.results"
    label = "results"
