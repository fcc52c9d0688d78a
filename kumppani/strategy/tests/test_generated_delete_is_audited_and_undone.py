"""A deletion through a generated route goes through the audited path: recorded, and undone from the history."""

import datetime

from kumppani.audit import services as audit
from kumppani.audit.models import Action, AuditEntry
from kumppani.directory.tests.api_client import api_for
from kumppani.strategy.models import Measure, Strategy


def test_a_measure_deleted_through_the_api_is_recorded_and_can_be_restored(bob, sepra):
    strategy = Strategy.objects.create(workspace=sepra, name={"fi": "Strategia"}, starts_on=datetime.date(2024, 1, 1),
                                       ends_on=datetime.date(2027, 12, 31))
    measure = Measure.objects.create(strategy=strategy, title={"fi": "Verkostot"})

    response = api_for(bob, sepra).delete(f"/measures/{measure.pk}")

    assert response.status_code == 204
    entry = AuditEntry.objects.get(action=Action.DELETE)
    assert entry.actor == bob
    assert entry.workspace == sepra
    assert not Measure.objects.exists()
    audit.restore(entry, bob)
    assert Measure.objects.get().title == {"fi": "Verkostot"}


def test_a_read_only_role_cannot_delete_through_a_generated_route(vera, sepra):
    strategy = Strategy.objects.create(workspace=sepra, name={"fi": "Strategia"}, starts_on=datetime.date(2024, 1, 1),
                                       ends_on=datetime.date(2027, 12, 31))

    response = api_for(vera, sepra).delete(f"/strategies/{strategy.pk}")

    assert response.status_code == 403
    assert Strategy.objects.exists()
    assert not AuditEntry.objects.filter(action=Action.DELETE).exists()
