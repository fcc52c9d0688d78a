from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "kumppani.projects"
    label = "projects"
