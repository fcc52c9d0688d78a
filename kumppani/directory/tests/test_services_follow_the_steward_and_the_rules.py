"""The record services, called with plain data, keep the steward rule and the rules between fields."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from kumppani.activities.records import ACTIVITY
from kumppani.audit.writes import ChangeRefused
from kumppani.directory.api_schemas import OrganisationIn
from kumppani.directory.models import Organisation
from kumppani.directory.records import ORGANISATION, REPRESENTATION
from kumppani.workspaces.record_services import save_record


def test_another_workspace_cannot_change_a_shared_organisation_through_the_service(charlie, ksl, kodukant):
    with pytest.raises(ChangeRefused):
        save_record(actor=charlie, workspace=ksl, record_type=ORGANISATION, values={"short_name": "KK"},
                    record=kodukant)

    kodukant.refresh_from_db()
    assert kodukant.short_name == ""


def test_the_steward_changes_it_and_the_values_are_read_as_the_form_reads_them(bob, sepra, kodukant):
    save_record(actor=bob, workspace=sepra, record_type=ORGANISATION, values={"vat": "ee 100 200 300 "},
                record=kodukant)

    assert Organisation.objects.get(pk=kodukant.pk).vat == "EE100200300"


def test_a_new_organisation_from_an_api_schema_is_looked_after_by_its_creator(bob, sepra):
    organisation = save_record(actor=bob, workspace=sepra, record_type=ORGANISATION,
                               values=OrganisationIn(name="Visit Kuopio", country="fi"))

    assert organisation.steward == sepra
    assert organisation.country == "FI"


def test_a_link_to_another_workspaces_person_is_refused(bob, sepra, ksl):
    from kumppani.directory.models import Person

    theirs = Person.objects.create(workspace=ksl, name="Kaisa")

    with pytest.raises(ValidationError) as refusal:
        save_record(actor=bob, workspace=sepra, record_type=REPRESENTATION, values={"person": theirs.pk})

    assert "person" in refusal.value.message_dict


def test_an_activity_with_more_young_people_than_participants_is_refused_by_the_service(bob, sepra):
    with pytest.raises(ValidationError) as refusal:
        save_record(actor=bob, workspace=sepra, record_type=ACTIVITY, values={
            "title": {"fi": "Työpaja"}, "starts_on": datetime.date(2025, 3, 1), "country": "ee",
            "participants": 5, "young_participants": 9, "countries_represented": ["ee", "FI", "fi"]})

    assert list(refusal.value.message_dict) == ["young_participants"]
