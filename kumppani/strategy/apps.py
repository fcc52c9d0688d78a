from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "kumppani.strategy"
    label = "strategy"

    def ready(self) -> None:
        from kumppani.projects import iati
        from kumppani.strategy import iati_results

        iati.register_results(iati_results.results)  # the indicators' results in every IATI activity
