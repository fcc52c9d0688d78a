from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "kumppani.projects"
    label = "projects"

    def ready(self) -> None:
        from kumppani.projects import events

        events.register()
