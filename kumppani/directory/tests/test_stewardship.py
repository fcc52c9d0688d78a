"""Only an organisation's or theme's steward (or an instance administrator) changes its shared facts; any other
workspace proposes a change or keeps its own values for what it shows."""

import json

import pytest
from django.utils import translation

from kumppani.accounts.models import InstanceAdministrator
from kumppani.audit.services import history_for
from kumppani.audit.writes import create_record
from kumppani.directory.models import ChangeProposal, Organisation, Partnership, ProposalStatus, Theme
from kumppani.directory.tests.api_client import api_for


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def test_another_workspace_cannot_change_an_organisation_through_the_api(charlie, ksl, kodukant):
    response = api_for(charlie, ksl).patch(f"/organisations/{kodukant.pk}", {"website": "https://evil.example"})
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Kodukant is looked after by Sepra. Propose the change")
    kodukant.refresh_from_db()
    assert kodukant.website == ""


def test_another_workspace_gets_a_403_page_with_a_link_to_propose(client, charlie, kodukant):
    client.force_login(charlie)
    response = client.post(f"/w/keski-suomi/organisations/{kodukant.pk}/edit/",
                           {"name": "Rewritten", "country": "EE", "type": "other"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "looked after by Sepra" in page
    assert f"/w/keski-suomi/organisations/{kodukant.pk}/propose/" in page
    kodukant.refresh_from_db()
    assert kodukant.name == "Kodukant"


def test_the_steward_changes_its_organisation(alice, sepra, kodukant):
    response = api_for(alice, sepra).patch(f"/organisations/{kodukant.pk}", {"website": "https://kodukant.ee"})
    assert response.status_code == 200
    kodukant.refresh_from_db()
    assert kodukant.website == "https://kodukant.ee"


def test_a_new_organisation_is_looked_after_by_the_workspace_that_created_it(charlie, ksl):
    response = api_for(charlie, ksl).post("/organisations", {"name": "Uusi", "country": "FI"})
    assert response.status_code == 201
    assert Organisation.objects.get(pk=response.json()["id"]).steward == ksl


def test_an_instance_administrator_changes_a_public_record(charlie, ksl):
    public = Organisation.objects.create(name="Imported", country="FI")
    refused = api_for(charlie, ksl).patch(f"/organisations/{public.pk}", {"website": "https://x.example"})
    assert refused.status_code == 403
    assert "looked after by public records" in refused.json()["detail"]
    InstanceAdministrator.objects.create(user=charlie)
    allowed = api_for(charlie, ksl).patch(f"/organisations/{public.pk}", {"website": "https://x.example"})
    assert allowed.status_code == 200


def test_a_proposal_accepted_by_the_steward_is_applied_and_shown_in_the_users_history(client, alice, sepra, charlie,
                                                                                        ksl, kodukant):
    create_record(charlie, ksl, Partnership(organisation=kodukant))
    sent = api_for(charlie, ksl).post(f"/organisations/{kodukant.pk}/proposals",
                                      {"changes": {"website": "https://kodukant.ee"}, "reason": "Their new site"})
    assert sent.status_code == 201, sent.content
    assert sent.json()["changes"] == {"website": "https://kodukant.ee"}
    kodukant.refresh_from_db()
    assert kodukant.website == ""  # nothing changes before the steward accepts

    client.force_login(alice)
    queue = client.get("/w/sepra/proposals/").content.decode()
    assert "Their new site" in queue and "Keski-Suomen liitto" in queue
    proposal = ChangeProposal.objects.get()
    client.post(f"/w/sepra/proposals/{proposal.pk}/accept/")
    kodukant.refresh_from_db()
    assert kodukant.website == "https://kodukant.ee"
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED

    change = history_for(kodukant).get(action="update")
    assert change.workspace == sepra and change.changes["website"] == ["", "https://kodukant.ee"]
    client.force_login(charlie)
    history = client.get("/w/keski-suomi/history/").content.decode()
    assert "Kodukant" in history and "another workspace" in history and "Alice" not in history


def test_a_rejected_proposal_changes_nothing(alice, sepra, charlie, ksl, tourism):
    sent = api_for(charlie, ksl).post(f"/themes/{tourism.pk}/proposals",
                                      {"changes": {"name": {"en": "Travel"}}, "reason": "Clearer"})
    assert sent.status_code == 201, sent.content
    assert api_for(alice, sepra).post(f"/proposals/{sent.json()['id']}/reject", {}).status_code == 200
    tourism.refresh_from_db()
    assert tourism.name["en"] == "Tourism"
    # Only the steward decides: the proposer cannot accept its own proposal.
    again = api_for(charlie, ksl).post(f"/themes/{tourism.pk}/proposals",
                                       {"changes": {"name": {"en": "Travel"}}, "reason": "Please"})
    assert api_for(charlie, ksl).post(f"/proposals/{again.json()['id']}/accept", {}).status_code == 404


def test_own_values_show_on_the_workspaces_pages_and_nowhere_else(client, alice, charlie, ksl, kodukant):
    response = api_for(charlie, ksl).send("put", f"/organisations/{kodukant.pk}/own-values",
                                          json.dumps({"name": "Kodukant ry"}))
    assert response.status_code == 200, response.content
    client.force_login(charlie)
    assert "<h1>Kodukant ry</h1>" in client.get(f"/w/keski-suomi/organisations/{kodukant.pk}/").content.decode()
    client.force_login(alice)
    assert "<h1>Kodukant</h1>" in client.get(f"/w/sepra/organisations/{kodukant.pk}/").content.decode()
    kodukant.refresh_from_db()
    assert kodukant.name == "Kodukant"


def test_own_values_are_kept_from_the_page(client, charlie, kodukant):
    client.force_login(charlie)
    response = client.post(f"/w/keski-suomi/organisations/{kodukant.pk}/own-values/",
                           {"short_name": "KK", "website": "https://kodukant.example"})
    assert response.status_code == 302
    page = client.get(f"/w/keski-suomi/organisations/{kodukant.pk}/").content.decode()
    assert "Kodukant (KK)" in page and "https://kodukant.example" in page
    kodukant.refresh_from_db()
    assert kodukant.short_name == "" and kodukant.website == ""


def test_an_import_cannot_change_an_organisation_another_workspace_looks_after(charlie, ksl, kodukant):
    from kumppani.directory import transfer

    table = transfer.parse(b"name,country,ee_registry_code,website\nKodukant,EE,80042937,https://evil.example\n",
                           transfer.ORGANISATIONS, "import.csv")
    report = transfer.apply(table, ksl, charlie)
    assert not report.is_valid
    assert "looked after by Sepra" in str(report.errors[0])
    kodukant.refresh_from_db()
    assert kodukant.website == ""


def test_the_instance_page_is_for_instance_administrators_only(client, alice, charlie):
    Theme.objects.create(slug="public-theme", name={"en": "Public theme"})
    client.force_login(charlie)
    assert client.get("/instance/").status_code == 403
    InstanceAdministrator.objects.create(user=charlie)
    page = client.get("/instance/").content.decode()
    assert "public-theme" in page and "Sepra" in page


def test_the_command_makes_and_unmakes_an_instance_administrator(charlie):
    from django.core.management import call_command

    from kumppani.accounts.models import is_instance_admin

    call_command("instance_admin", "charlie")
    assert is_instance_admin(charlie)
    call_command("instance_admin", "charlie", "--remove")
    assert not is_instance_admin(charlie)
