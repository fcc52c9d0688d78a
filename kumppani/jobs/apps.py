from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class JobsConfig(AppConfig):
    name = "kumppani.jobs"
    label = "jobs"

    def ready(self) -> None:
        autodiscover_modules("tasks")  # each app's tasks.py defines its jobs and registers its scheduled ones
