from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kumppani.core"
    label = "core"
