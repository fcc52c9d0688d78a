from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "kumppani.audit"
    label = "audit"

    def ready(self) -> None:
        from kumppani.audit import changes

        changes.connect()
