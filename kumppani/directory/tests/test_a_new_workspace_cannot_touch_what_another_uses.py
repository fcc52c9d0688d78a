"""The attack of issue 13: a new workspace's admin tries, through pages and the API, to change and to delete every
organisation and theme another workspace uses. Every attempt answers 403 or 409 naming the steward (or whose
records are in the way), and the other workspace's records and the facts it sees stay as they were."""

import datetime
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import translation

from kumppani.audit.services import field_values
from kumppani.core import ownership
from kumppani.directory.models import Membership, Organisation, Partnership, Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.workspaces.models import Role, Workspace, WorkspaceMember


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def victims_world(sepra, ksl, charlie, kodukant, tourism):
    """Keski-Suomi uses records it looks after, records Sepra looks after, and public records."""
    from kumppani.projects.models import Project, ProjectPartner
    from kumppani.subscriptions.models import Subscriber

    own_org = Organisation.objects.create(name="ERRIN", type="network", country="BE", steward=ksl)
    public_org = Organisation.objects.create(name="Imported partner", country="SE")
    own_theme = Theme.objects.create(slug="ksl-own-theme", name={"en": "Energy"}, steward=ksl)
    public_theme = Theme.objects.create(slug="public-theme-x", name={"en": "Youth"})
    partnership = Partnership.objects.create(workspace=ksl, organisation=kodukant)
    partnership.themes.set([tourism, public_theme])
    Membership.objects.create(workspace=ksl, network=own_org)
    project = Project.objects.create(workspace=ksl, title={"fi": "Hanke"})
    project.themes.add(own_theme)
    ProjectPartner.objects.create(project=project, organisation=public_org)
    Subscriber.objects.create(workspace=ksl, email="s@example.test", consent_text="yes",
                              consent_given_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)).themes.add(own_theme)
    return ksl


@pytest.fixture
def mallory(db):
    attacker = Workspace.objects.create(slug="hyokkaaja", name="Hyökkääjä")
    user = get_user_model().objects.create_user("mallory", "mallory@example.test", "x", first_name="Mallory")
    WorkspaceMember.objects.create(workspace=attacker, user=user, role=Role.ADMIN)
    return user


def _used_by(workspace: Workspace) -> list[Organisation | Theme]:
    records: list[Organisation | Theme] = []
    for model in (Organisation, Theme):
        pks = [int(pk) for pk in ownership.shared_records_used_by(model, workspace.pk)]  # given as text
        records += list(model.objects.filter(pk__in=pks))
    return records


def _state(workspace: Workspace) -> dict[str, object]:
    """Every row of the workspace, and the facts of every shared record it uses."""
    rows = {model._meta.label: sorted(model.objects.filter(workspace=workspace).values_list("pk", flat=True))
            for model in apps.get_models() if ownership.owner_path(model) == "workspace"}
    facts = {f"{type(record).__name__}:{record.pk}": field_values(record) for record in _used_by(workspace)}
    return {"rows": rows, "facts": facts}


def _public_facts(workspace: Workspace) -> tuple[object, ...]:
    from kumppani.public.selectors import published_partners, shown_memberships

    networks = [(m.network.display_name, m.network.website) for m in shown_memberships(workspace)]
    return published_partners(workspace), networks


def _steward(record: Organisation | Theme) -> str:
    return record.steward.name if record.steward else "public records"


def test_a_new_workspaces_admin_changes_and_deletes_nothing_another_workspace_uses(client, victims_world, mallory):
    ksl = victims_world
    records = _used_by(ksl)
    assert len(records) == 6
    before = _state(ksl)
    public_before = _public_facts(ksl)

    attacker = Workspace.objects.get(slug="hyokkaaja")
    api = api_for(mallory, attacker)
    client.force_login(mallory)
    for record in records:
        plural = "organisations" if isinstance(record, Organisation) else "themes"
        change = {"name": "Pwned", "website": "https://evil.example"} if plural == "organisations" else {
            "name": {"en": "Pwned"}}
        steward = _steward(record)

        patched = api.patch(f"/{plural}/{record.pk}", change)
        assert patched.status_code == 403, (record, patched.content)
        assert f"looked after by {steward}" in patched.json()["detail"]

        deleted = api.delete(f"/{plural}/{record.pk}")
        assert deleted.status_code in (403, 409), (record, deleted.content)
        assert steward in deleted.json()["detail"]

        form = {"name": "Pwned", "country": "FI", "type": "other"} if plural == "organisations" else {
            "slug": "pwned", "name_fi": "Pwned"}
        edit_page = client.post(f"/w/hyokkaaja/{plural}/{record.pk}/edit/", form)
        assert edit_page.status_code == 403
        assert steward in edit_page.content.decode()
        delete_page = client.post(f"/w/hyokkaaja/{plural}/{record.pk}/delete/")
        assert delete_page.status_code == 403
        assert steward in delete_page.content.decode()

        # What the attacker may do leaves the others' view alone: its own values and a proposal.
        if plural == "organisations":
            api.send("put", f"/organisations/{record.pk}/own-values", json.dumps({"name": "Pwned"}))
        api.post(f"/{plural}/{record.pk}/proposals", {"changes": change, "reason": "trust me"})

    assert _state(ksl) == before
    assert _public_facts(ksl) == public_before
    assert "Pwned" not in client.get("/p/keski-suomi/en/").content.decode()
