"""Deleting an organisation or a theme never removes or changes a row of another workspace.

The relations come from the models' metadata: every model that points at Organisation or Theme (foreign key,
many-to-many, hidden ones too; not the search index's DO_NOTHING links) must have a builder below, so a relation
added later fails here until it is covered — and is then checked like the others.
"""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.db.models import DO_NOTHING
from django.utils import timezone

from kumppani.directory.models import Organisation, Theme
from kumppani.directory.tests.api_client import api_for

TODAY = datetime.date(2026, 5, 1)


def _project(workspace: Any) -> Any:
    from kumppani.projects.models import Project

    return Project.objects.create(workspace=workspace, title={"fi": "Hanke"})


def _activity(workspace: Any) -> Any:
    from kumppani.activities.models import Activity

    return Activity.objects.create(workspace=workspace, starts_on=TODAY, country="FI", title={"fi": "Opintomatka"})


def _good_practice(workspace: Any) -> Any:
    from kumppani.results.models import GoodPractice

    return GoodPractice.objects.create(workspace=workspace, title={"fi": "Hyvä käytäntö"})


def _advocacy(workspace: Any, **links: Any) -> Any:
    from kumppani.results.models import AdvocacyItem

    return AdvocacyItem.objects.create(workspace=workspace, dated=TODAY, **links)


def _opportunity(workspace: Any) -> Any:
    from kumppani.opportunities.models import Opportunity

    return Opportunity.objects.create(workspace=workspace, title={"fi": "Haku"})


def _subscriber(workspace: Any) -> Any:
    from kumppani.subscriptions.models import Subscriber

    return Subscriber.objects.create(workspace=workspace, email="s@example.test", consent_text="yes",
                                     consent_given_at=timezone.now())


def _inquiry(workspace: Any) -> Any:
    from kumppani.subscriptions.models import PartnerInquiry

    return PartnerInquiry.objects.create(workspace=workspace, organisation_name="X", contact_name="Y",
                                         email="y@example.test", country="EE", message="hello")


def _programme(workspace: Any) -> Any:
    from kumppani.funding.models import Programme

    return Programme.objects.create(slug="shared-programme", period_start=2021, period_end=2027,
                                    name={"fi": "Ohjelma"})


def _person(workspace: Any, **links: Any) -> Any:
    from kumppani.directory.models import Person

    return Person.objects.create(workspace=workspace, name="Kadri", **links)


def _membership(workspace: Any, network: Organisation) -> Any:
    from kumppani.directory.models import Membership

    return Membership.objects.create(workspace=workspace, network=network)


def _partnership(workspace: Any, organisation: Organisation) -> Any:
    from kumppani.directory.models import Partnership

    return Partnership.objects.create(workspace=workspace, organisation=organisation)


def _proposal(workspace: Any, **record: Any) -> Any:
    from kumppani.directory.models import ChangeProposal

    return ChangeProposal.objects.create(workspace=workspace, changes={"name": "X"}, reason="why", **record)


def _with_m2m(build: Callable[[Any], Any], field: str) -> Callable[[Any, Any], Any]:
    def linked(workspace: Any, target: Any) -> Any:
        row = build(workspace)
        getattr(row, field).add(target)
        return row

    return linked


def _project_partner(workspace: Any, organisation: Organisation) -> Any:
    from kumppani.projects.models import ProjectPartner

    return ProjectPartner.objects.create(project=_project(workspace), organisation=organisation)


def _representation(workspace: Any, theme: Theme) -> Any:
    from kumppani.directory.models import Representation

    return Representation.objects.create(workspace=workspace, person=_person(workspace), theme=theme)


def _organisation_with_theme(workspace: Any, theme: Theme) -> Any:
    organisation = Organisation.objects.create(name="Toisen järjestö", country="FI", steward=workspace)
    organisation.themes.add(theme)
    return organisation


def _override(workspace: Any, organisation: Organisation) -> Any:
    from kumppani.directory.models import OrganisationOverride

    return OrganisationOverride.objects.create(workspace=workspace, organisation=organisation, name="Oma nimi")


def _shortlist_entry(workspace: Any, organisation: Organisation) -> Any:
    from kumppani.partners.models import Shortlist

    shortlist = Shortlist.objects.create(workspace=workspace, name="Lyhytlista")
    return shortlist.entries.create(organisation=organisation)


def _workspace_of_organisation(workspace: Any, organisation: Organisation) -> Any:
    workspace.organisation = organisation
    workspace.save()
    return workspace


# (model label, field name) → a builder of a row of `workspace` that points at the target through that field.
ORGANISATION_RELATIONS: dict[tuple[str, str], Callable[[Any, Any], Any]] = {
    ("directory.OrganisationNote", "organisation"): lambda ws, org: org.notes.create(workspace=ws, text="note"),
    ("directory.Person", "organisation"): lambda ws, org: _person(ws, organisation=org),
    ("directory.Membership", "network"): _membership,
    ("directory.Partnership", "organisation"): _partnership,
    ("directory.OrganisationOverride", "organisation"): _override,
    ("directory.ChangeProposal", "organisation"): lambda ws, org: _proposal(ws, organisation=org),
    ("projects.ProjectPartner", "organisation"): _project_partner,
    ("activities.Activity", "organisers"): _with_m2m(_activity, "organisers"),
    ("results.GoodPractice", "source_organisation"): lambda ws, org: _set(_good_practice(ws), "source_organisation",
                                                                          org),
    ("results.AdvocacyItem", "channel"): lambda ws, org: _advocacy(ws, channel=org),
    ("workspaces.Workspace", "organisation"): _workspace_of_organisation,
    ("partners.ShortlistEntry", "organisation"): _shortlist_entry,
}
# Parts of the shared record itself, no workspace's rows: its further identifiers, and the staff's decision that two
# organisations are not the same (a pair that no longer exists needs none).
OWN_PARTS = {("directory.OrganisationIdentifier", "organisation"), ("directory.DistinctOrganisations", "first"),
             ("directory.DistinctOrganisations", "second")}
THEME_RELATIONS: dict[tuple[str, str], Callable[[Any, Any], Any]] = {
    ("directory.Organisation", "themes"): _organisation_with_theme,
    ("directory.Representation", "theme"): _representation,
    ("directory.Partnership", "themes"): lambda ws, theme: _with_m2m(
        lambda w: _partnership(w, Organisation.objects.create(name="P", country="FI", steward=w)), "themes")(ws,
                                                                                                           theme),
    ("directory.ChangeProposal", "theme"): lambda ws, theme: _proposal(ws, theme=theme),
    ("funding.Programme", "themes"): _with_m2m(_programme, "themes"),
    ("projects.Project", "themes"): _with_m2m(_project, "themes"),
    ("activities.Activity", "themes"): _with_m2m(_activity, "themes"),
    ("results.GoodPractice", "themes"): _with_m2m(_good_practice, "themes"),
    ("opportunities.Opportunity", "themes"): _with_m2m(_opportunity, "themes"),
    ("subscriptions.Subscriber", "themes"): _with_m2m(_subscriber, "themes"),
    ("subscriptions.PartnerInquiry", "themes"): _with_m2m(_inquiry, "themes"),
}


def _set(row: Any, field: str, value: Any) -> Any:
    setattr(row, field, value)
    row.save()
    return row


def relations_to(model: type) -> set[tuple[str, str]]:
    """Every field of another model that points at `model`, hidden ones (related_name="+") included."""
    found = set()
    for relation in model._meta.get_fields(include_hidden=True):
        if not relation.auto_created or relation.concrete:
            continue
        related_model = relation.related_model
        if related_model._meta.auto_created:  # the link table of a many-to-many: its field is listed itself
            continue
        if getattr(relation, "on_delete", None) is DO_NOTHING:  # derived data (the search index) a deletion
            continue  # leaves alone; its owner rebuilds it after the commit
        found.add((related_model._meta.label, relation.field.name))
    return found


def test_every_relation_to_an_organisation_or_a_theme_has_a_builder():
    assert relations_to(Organisation) - OWN_PARTS == set(ORGANISATION_RELATIONS)
    assert relations_to(Theme) == set(THEME_RELATIONS)


def _rows_of(workspace: Any, row: Any) -> Any:
    return type(row)._base_manager.filter(pk=row.pk).exists()


@pytest.mark.parametrize("relation", sorted(ORGANISATION_RELATIONS))
def test_the_steward_cannot_delete_an_organisation_another_workspace_uses(relation, alice, sepra, ksl, kodukant):
    row = ORGANISATION_RELATIONS[relation](ksl, kodukant)
    response = api_for(alice, sepra).delete(f"/organisations/{kodukant.pk}")
    assert response.status_code == 409, response.content
    assert "Keski-Suomen liitto" in response.json()["detail"]
    assert Organisation.objects.filter(pk=kodukant.pk).exists()
    assert _rows_of(ksl, row)
    row.refresh_from_db()


@pytest.mark.parametrize("relation", sorted(THEME_RELATIONS))
def test_the_steward_cannot_delete_a_theme_another_workspace_uses(relation, alice, sepra, ksl, tourism):
    row = THEME_RELATIONS[relation](ksl, tourism)
    response = api_for(alice, sepra).delete(f"/themes/{tourism.pk}")
    assert response.status_code == 409, response.content
    expected = "public records" if relation == ("funding.Programme", "themes") else "Keski-Suomen liitto"
    assert expected in response.json()["detail"]
    assert Theme.objects.filter(pk=tourism.pk).exists()
    assert tourism in getattr(row, relation[1]).all() if relation[1] == "themes" else _rows_of(ksl, row)


def test_the_steward_deletes_an_organisation_only_its_own_records_use(alice, sepra, kodukant):
    _partnership(sepra, kodukant)
    assert api_for(alice, sepra).delete(f"/organisations/{kodukant.pk}").status_code == 204
    assert not Organisation.objects.filter(pk=kodukant.pk).exists()


def test_a_workspace_cannot_delete_a_record_that_cascades_into_public_records(alice, sepra, kodukant):
    _project_partner(None, kodukant)  # a public project record lists the organisation as a partner
    response = api_for(alice, sepra).delete(f"/organisations/{kodukant.pk}")
    assert response.status_code == 409
    assert "public records" in response.json()["detail"]


def test_a_refused_deletion_on_the_page_says_whose_records_are_in_the_way(client, alice, ksl, kodukant):
    _partnership(ksl, kodukant)
    client.force_login(alice)
    response = client.post(f"/w/sepra/organisations/{kodukant.pk}/delete/", follow=True,
                           headers={"Accept-Language": "en"})
    assert "Keski-Suomen liitto" in response.content.decode()
    assert Organisation.objects.filter(pk=kodukant.pk).exists()


def test_an_instance_administrator_cannot_delete_what_another_workspace_uses_either(alice, sepra, ksl, kodukant):
    from kumppani.accounts.models import InstanceAdministrator

    kodukant.steward = ksl
    kodukant.save()
    _partnership(ksl, kodukant)
    InstanceAdministrator.objects.create(user=alice)
    response = api_for(alice, sepra).delete(f"/organisations/{kodukant.pk}")
    assert response.status_code == 409
    assert "Keski-Suomen liitto" in response.json()["detail"]


def test_a_shared_catalogue_programme_is_deleted_with_its_own_theme_links(bob, sepra, tourism):
    programme = _programme(sepra)
    programme.themes.add(tourism)
    assert api_for(bob, sepra).delete(f"/programmes/{programme.pk}").status_code == 204
