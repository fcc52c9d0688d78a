"""Viewers and elected officials read the funding catalogue through the API, but every write answers 403."""

import datetime

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.tests.api_client import api_for
from kumppani.funding.models import Call, Programme

WRITES = [("post", "/programmes"), ("patch", "/programmes/{programme}"), ("delete", "/programmes/{programme}"),
          ("post", "/calls"), ("patch", "/calls/{call}"), ("delete", "/calls/{call}")]


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_read_the_catalogue_but_get_403_on_every_write(request, reader, sepra):
    programme = Programme.objects.get(slug="nordplus")
    call = Call.objects.create(programme=programme, title={"fi": "Haku"}, closes_on=datetime.date(2026, 5, 31))
    api = api_for(request.getfixturevalue(reader), sepra)

    assert api.get(f"/programmes/{programme.pk}").status_code == 200
    assert api.get(f"/calls/{call.pk}").status_code == 200
    for method, path in WRITES:
        url = path.format(programme=programme.pk, call=call.pk)
        response = api.send(method, url, '{"short_name": "Refused", "title": {"fi": "Refused"}}')
        assert response.status_code == 403, (method, url, response.content)
        assert response.json()["detail"]

    assert not AuditEntry.objects.exists()
    assert Programme.objects.get(pk=programme.pk).short_name == programme.short_name
    assert Call.objects.filter(pk=call.pk, title={"fi": "Haku"}).exists()
