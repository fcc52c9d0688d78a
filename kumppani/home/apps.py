from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "kumppani.home"
    label = "home"
