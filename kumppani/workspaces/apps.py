from django.apps import AppConfig


class WorkspacesConfig(AppConfig):
    name = "kumppani.workspaces"
    label = "workspaces"
