from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "kumppani.jobs"
    label = "jobs"
