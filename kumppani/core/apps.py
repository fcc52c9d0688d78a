from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kumppani.core"
    label = "core"

    def ready(self) -> None:
        from kumppani.core import converters

        converters.register()
