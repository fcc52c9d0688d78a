from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DirectoryConfig(AppConfig):
    name = "kumppani.directory"
    label = "directory"

    def ready(self) -> None:
        from kumppani.directory import events, search_index

        events.register()
        post_migrate.connect(search_index.ensure, sender=self, dispatch_uid="directory_search_index")
