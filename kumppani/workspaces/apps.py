from django.apps import AppConfig


class WorkspacesConfig(AppConfig):
    name = "kumppani.workspaces"
    label = "workspaces"

    def ready(self) -> None:
        from kumppani.workspaces import events

        events.register()
