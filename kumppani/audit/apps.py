from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "kumppani.audit"
    label = "audit"
