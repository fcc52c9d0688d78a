from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "kumppani.partners"
    label = "partners"

    def ready(self) -> None:
        from kumppani.partners import follow

        follow.subscribe()
