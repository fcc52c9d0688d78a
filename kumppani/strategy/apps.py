from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "kumppani.strategy"
    label = "strategy"
