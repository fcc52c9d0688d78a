"""The data migration gives each existing organisation and theme the workspace whose history shows it created."""

import importlib

from django.apps import apps

from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, Theme

migration = importlib.import_module("kumppani.directory.migrations.0006_stewards_from_history")


def test_existing_records_get_the_workspace_that_created_them_or_stay_public(alice, sepra, charlie, ksl):
    by_sepra = create_record(alice, sepra, Organisation(name="Sepran", country="FI"))
    by_ksl = create_record(charlie, ksl, Theme(slug="ksl-made", name={"fi": "Tehty"}))
    imported = Organisation.objects.create(name="Tuotu", country="SE")
    Organisation.objects.update(steward=None)
    Theme.objects.update(steward=None)

    migration.give_stewards(apps, None)

    assert Organisation.objects.get(pk=by_sepra.pk).steward == sepra
    assert Theme.objects.get(pk=by_ksl.pk).steward == ksl
    assert Organisation.objects.get(pk=imported.pk).steward is None
