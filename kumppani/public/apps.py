from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "kumppani.public"
    label = "public"
