from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "kumppani.subscriptions"
    label = "subscriptions"
