from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "kumppani.directory"
    label = "directory"
