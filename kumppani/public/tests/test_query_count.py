"""The public page runs the same number of queries whatever the amount of data it shows."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.directory.models import Membership, Organisation, Partnership, Person, Representation, Theme
from kumppani.workspaces.models import FocusArea


def add_partners_and_people(workspace, count: int, start: int) -> None:
    theme = Theme.objects.get_or_create(slug="tourism", defaults={"name": {"fi": "Matkailu"}})[0]
    for number in range(start, start + count):
        organisation = Organisation.objects.create(name=f"Partner {number}", country=["EE", "LV", "SE"][number % 3])
        partnership = Partnership.objects.create(workspace=workspace, organisation=organisation,
                                                 description={"fi": "Yhteistyötä."})
        partnership.themes.add(theme)
        network = Organisation.objects.create(name=f"Network {number}", country="BE", type="network")
        membership = Membership.objects.create(workspace=workspace, network=network)
        person = Person.objects.create(workspace=workspace, name=f"Person {number}", title={"fi": "asiantuntija"},
                                       email=f"person{number}@example.fi", consent_to_publish=True,
                                       consent_date=datetime.date(2025, 1, 1))
        Representation.objects.create(workspace=workspace, person=person, membership=membership)
        Representation.objects.create(workspace=workspace, person=person, theme=theme)
        FocusArea.objects.create(workspace=workspace, title={"fi": f"Painopiste {number}"})


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_public_page_query_count_does_not_grow_with_the_data(client, sepra):
    add_partners_and_people(sepra, 1, start=0)
    with_one = queries_of(client, "/p/sepra/en/")
    add_partners_and_people(sepra, 30, start=1)
    assert queries_of(client, "/p/sepra/en/") == with_one
    assert "Person 30" in client.get("/p/sepra/en/").content.decode()
