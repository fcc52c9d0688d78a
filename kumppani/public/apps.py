from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class PublicConfig(AppConfig):
    name = "kumppani.public"
    label = "public"

    def ready(self) -> None:
        from kumppani.public import pagecache

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(pagecache.record_saved, dispatch_uid="kumppani.public.pagecache")
