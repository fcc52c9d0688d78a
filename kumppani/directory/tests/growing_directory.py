"""A workspace's directory that grows on demand, and the query count of pages, for the query-count tests.

Each step adds one record of every kind, each linked to the first records (the first organisation gets
another person, note and theme; the first membership another representative…) and changes the first records
once more, so that every list and every first record's page has more rows to show, and more history.
"""

import datetime
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kumppani.audit.writes import create_record, delete_record, update_record
from kumppani.directory.models import (
    Membership,
    Organisation,
    OrganisationNote,
    Partnership,
    Person,
    Representation,
    Theme,
)
from kumppani.workspaces.models import FocusArea


def queries_per_page(client: Any, pages: dict[str, str]) -> dict[str, int]:
    counts = {}
    for name, url in pages.items():
        assert client.get(url).status_code == 200, name  # warms the caches (content types, sessions)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(captured)
    return counts


class GrowingDirectory:
    def __init__(self, workspace: Any, actor: Any):
        self.workspace = workspace
        self.actor = actor
        self.first: dict[str, Any] = {}
        self.size = 0

    def grow_to(self, size: int) -> "GrowingDirectory":
        for number in range(self.size, size):
            self._add(number)
        self.size = max(self.size, size)
        return self

    def url(self, name: str, kind: str | None = None, query: str = "") -> str:
        args = [self.workspace.slug] + ([self.first[kind].pk] if kind else [])
        return reverse(name, args=args) + query

    def _create(self, obj: Any, **m2m: Any) -> Any:
        return create_record(self.actor, self.workspace, obj, m2m or None)

    def _add(self, number: int) -> None:
        theme = self._create(Theme(slug=f"theme-{number}", name={"fi": f"Teema {number}", "en": f"Theme {number}"}))
        self.first.setdefault("theme", theme)
        organisation = self._create(
            Organisation(name=f"Organisation {number}", short_name=f"O{number}", type="association", country="EE",
                         pic=f"{900000000 + number}"),
            themes=[theme, self.first["theme"]])
        self._remember("organisation", organisation, themes=theme)
        network = self._create(Organisation(name=f"Network {number}", type="network", country="BE"))
        membership = self._create(Membership(network=network, since=datetime.date(2020, 1, 1)))
        self._remember("membership", membership)
        person = self._create(Person(name=f"Person {number}", organisation=self.first["organisation"],
                                     title={"fi": "Asiantuntija", "en": "Specialist"}, email=f"p{number}@example.test",
                                     consent_to_publish=True, consent_date=datetime.date(2025, 1, 1)))
        self._remember("person", person)
        partnership = self._create(Partnership(organisation=organisation, since=datetime.date(2021, 1, 1)),
                                   themes=[theme, self.first["theme"]])
        self._remember("partnership", partnership, themes=theme)
        representation = self._create(Representation(person=person, membership=self.first["membership"],
                                                     role="representative"))
        self._remember("representation", representation)
        self._create(Representation(person=self.first["person"], membership=membership, role="contact"))
        self._create(Representation(person=person, theme=self.first["theme"], role="deputy"))
        self._create(OrganisationNote(organisation=self.first["organisation"], text=f"Note {number}",
                                      author=self.actor))
        self._remember("focus_area", self._create(FocusArea(position=number, title={"fi": f"Painopiste {number}"})))
        self._delete_one_of_three(number)
        self._change_first_records(number)

    def _remember(self, kind: str, obj: Any, **m2m: Any) -> None:
        if kind not in self.first:
            self.first[kind] = obj
            return
        for name, value in m2m.items():
            getattr(self.first[kind], name).add(value)

    def _delete_one_of_three(self, number: int) -> None:
        if number % 3 == 0:
            departed = self._create(Person(name=f"Departed {number}", organisation=self.first["organisation"]))
            delete_record(self.actor, self.workspace, departed)

    def _change_first_records(self, number: int) -> None:
        changes = {"organisation": {"short_name": f"First{number}"}, "person": {"phone": f"+372 5{number:06d}"},
                   "membership": {"notes": f"Meeting {number}"}, "partnership": {"history": f"Visit {number}"},
                   "representation": {"position": number}, "theme": {"name": {"fi": f"Ensimmäinen {number}"}},
                   "focus_area": {"body": {"fi": f"Teksti {number}"}}}
        for kind, fields in changes.items():
            update_record(self.actor, self.workspace, self.first[kind], fields)
