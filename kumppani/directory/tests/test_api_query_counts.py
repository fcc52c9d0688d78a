"""Every list of the API runs the same number of queries for one row as for a full page."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.directory.models import (
    Membership,
    Organisation,
    OrganisationNote,
    Partnership,
    Person,
    Representation,
    Theme,
)
from kumppani.directory.tests.api_client import api_for, directory_operations
from kumppani.funding.models import Call, Programme


def _add_rows(workspace, author, index: int) -> Organisation:
    theme = Theme.objects.create(slug=f"theme-{index}", name={"fi": f"Teema {index}"})
    organisation = Organisation.objects.create(name=f"Org {index}", country="FI")
    organisation.themes.add(theme)
    person = Person.objects.create(workspace=workspace, name=f"Person {index}", organisation=organisation)
    membership = Membership.objects.create(workspace=workspace, network=organisation)
    Representation.objects.create(workspace=workspace, person=person, membership=membership)
    Representation.objects.create(workspace=workspace, person=person, theme=theme)
    partnership = Partnership.objects.create(workspace=workspace, organisation=organisation)
    partnership.themes.add(theme)
    OrganisationNote.objects.create(workspace=workspace, organisation=organisation, author=author, text="note")
    Call.objects.create(programme=Programme.objects.get(slug="nordplus"), title={"fi": f"Haku {index}"},
                        closes_on=datetime.date(2026, 5, 31))
    return organisation


def _queries(api, path: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = api.get(path, **({"country": "FI"} if path == "/regions" else {}))
    assert response.status_code == 200, (path, response.content)
    return len(context.captured_queries)


def test_each_list_runs_a_fixed_number_of_queries(bob, sepra, settings):
    settings.LIST_CACHE_SECONDS = 0  # the list's own queries, not a kept answer's
    api = api_for(bob, sepra)
    first = _add_rows(sepra, bob, 0)
    lists = [path.replace("{id}", str(first.pk)) for method, path in directory_operations()
             if method == "GET" and (not path.endswith("{id}"))]
    api.get("/people")  # the token's first use is recorded once
    with_one_row = {path: _queries(api, path) for path in lists}

    for index in range(1, 12):
        _add_rows(sepra, bob, index)
    OrganisationNote.objects.bulk_create([OrganisationNote(workspace=sepra, organisation=first, text=f"{n}")
                                          for n in range(10)])

    assert {path: _queries(api, path) for path in lists} == with_one_row


def test_each_record_runs_a_fixed_number_of_queries(bob, sepra):
    api = api_for(bob, sepra)
    few = {"organisations": _add_rows(sepra, bob, 0)}
    api.get("/people")
    details = [path for method, path in directory_operations() if method == "GET" and path.endswith("{id}")]

    def queries_per_detail() -> dict[str, int]:
        counts = {}
        for path in details:
            resource = path.strip("/").split("/")[0]
            model = {"organisations": Organisation, "people": Person, "memberships": Membership,
                     "representations": Representation, "partnerships": Partnership, "themes": Theme,
                     "programmes": Programme, "calls": Call}[resource]
            shared = resource in ("organisations", "themes", "programmes", "calls")
            record = model.objects.filter(**({} if shared else {"workspace": sepra})).order_by("id").first()
            counts[path] = _queries(api, path.replace("{id}", str(record.pk)))
        return counts

    before = queries_per_detail()
    for index in range(1, 6):
        theme = Theme.objects.create(slug=f"extra-{index}", name={"fi": "Lisä"})
        few["organisations"].themes.add(theme)
        Partnership.objects.get(organisation=few["organisations"]).themes.add(theme)

    assert queries_per_detail() == before
