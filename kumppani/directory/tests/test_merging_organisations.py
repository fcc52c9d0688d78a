"""A merge moves every relation to the kept organisation, keeps the history of both, is undone from the history
page, and only the steward of both (or an instance administrator, for public records) merges."""

import pytest
from django.utils import translation

from kumppani.accounts.models import InstanceAdministrator
from kumppani.audit.models import AuditEntry
from kumppani.audit.services import history_for
from kumppani.audit.writes import ChangeRefused
from kumppani.directory.matching import find_duplicates
from kumppani.directory.merging import merge_organisations
from kumppani.directory.models import (
    DistinctOrganisations,
    Organisation,
    OrganisationNote,
    Partnership,
    Person,
)
from kumppani.projects.models import Project, ProjectPartner


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def jyu(sepra):
    return Organisation.objects.create(name="Jyväskylän yliopisto", country="FI", steward=sepra,
                                       business_id="0245872-8")


@pytest.fixture
def jyu_english(sepra, ksl):
    organisation = Organisation.objects.create(name="University of Jyväskylä", country="FI", steward=sepra,
                                               pic="999884658")
    project = Project.objects.create(workspace=ksl, title={"en": "Rural youth exchange"})
    ProjectPartner.objects.create(project=project, organisation=organisation)
    Partnership.objects.create(workspace=sepra, organisation=organisation)
    Partnership.objects.create(workspace=ksl, organisation=organisation)
    OrganisationNote.objects.create(workspace=ksl, organisation=organisation, text="Good partner")
    Person.objects.create(workspace=sepra, name="Maija", organisation=organisation)
    return organisation


def test_a_merge_moves_every_relation_to_the_kept_organisation(alice, sepra, ksl, jyu, jyu_english):
    Partnership.objects.create(workspace=sepra, organisation=jyu)  # the kept one already has Sepra's
    duplicate_pk = jyu_english.pk
    merge_organisations(actor=alice, workspace=sepra, kept=jyu, duplicate=jyu_english)
    assert not Organisation.objects.filter(pk=duplicate_pk).exists()
    assert ProjectPartner.objects.get().organisation == jyu
    assert set(Partnership.objects.values_list("workspace__slug", "organisation")) == {
        ("sepra", jyu.pk), ("keski-suomi", jyu.pk)}
    assert OrganisationNote.objects.get().organisation == jyu
    assert Person.objects.get().organisation == jyu
    assert jyu.identifiers.get().value == "999884658"  # the duplicate's PIC stays findable


def test_a_merge_keeps_the_history_of_both(alice, sepra, jyu, jyu_english):
    duplicate_pk = jyu_english.pk
    merge_organisations(actor=alice, workspace=sepra, kept=jyu, duplicate=jyu_english)
    assert history_for(jyu).first().changes == {"merged_from": [None, f"University of Jyväskylä ({duplicate_pk})"]}
    removed = AuditEntry.objects.filter(object_id=str(duplicate_pk), action="delete").get()
    assert removed.changes["merged_into"] == f"Jyväskylän yliopisto ({jyu.pk})"


def test_undoing_a_merge_from_the_history_puts_everything_back(client, alice, sepra, ksl, jyu, jyu_english):
    Partnership.objects.create(workspace=sepra, organisation=jyu)
    duplicate_pk = jyu_english.pk
    entry = merge_organisations(actor=alice, workspace=sepra, kept=jyu, duplicate=jyu_english)
    client.force_login(alice)
    response = client.post(f"/w/sepra/history/{entry.pk}/restore/")
    assert response.status_code == 302
    restored = Organisation.objects.get(pk=duplicate_pk)
    assert ProjectPartner.objects.get().organisation == restored
    assert set(Partnership.objects.values_list("workspace__slug", "organisation")) == {
        ("sepra", jyu.pk), ("sepra", restored.pk), ("keski-suomi", restored.pk)}
    assert OrganisationNote.objects.get().organisation == restored
    assert Person.objects.get().organisation == restored
    assert not jyu.identifiers.exists()


def test_another_workspace_cannot_merge_records_it_does_not_look_after(charlie, ksl, jyu, jyu_english):
    with pytest.raises(ChangeRefused):
        merge_organisations(actor=charlie, workspace=ksl, kept=jyu, duplicate=jyu_english)
    assert Organisation.objects.filter(pk=jyu_english.pk).exists()


def test_only_an_instance_administrator_merges_public_records(alice, sepra, charlie, ksl):
    first = Organisation.objects.create(name="Tartu Ülikool", country="EE")
    second = Organisation.objects.create(name="University of Tartu", country="EE")
    with pytest.raises(ChangeRefused):
        merge_organisations(actor=alice, workspace=sepra, kept=first, duplicate=second)
    InstanceAdministrator.objects.create(user=charlie)
    merge_organisations(actor=charlie, workspace=ksl, kept=first, duplicate=second)
    assert list(Organisation.objects.filter(country="EE")) == [first]


def test_the_duplicates_page_proposes_names_and_merges_the_chosen_pair(client, alice, jyu, jyu_english):
    client.force_login(alice)
    page = client.get("/w/sepra/organisations/duplicates/").content.decode()
    assert "University of Jyväskylä" in page and "Which entry to keep?" in page
    response = client.post("/w/sepra/organisations/duplicates/merge/",
                           {"kept": jyu_english.pk, "pair": f"{jyu.pk} {jyu_english.pk}"})
    assert response.status_code == 302
    assert list(Organisation.objects.all()) == [jyu_english]


def test_not_the_same_stops_the_proposal(client, alice, jyu, jyu_english):
    client.force_login(alice)
    client.post("/w/sepra/organisations/duplicates/distinct/", {"kept": jyu.pk, "duplicate": jyu_english.pk})
    assert DistinctOrganisations.objects.count() == 1
    assert find_duplicates().by_name == []


def test_a_viewer_cannot_merge(client, vera, jyu, jyu_english):
    client.force_login(vera)
    response = client.post("/w/sepra/organisations/duplicates/merge/",
                           {"kept": jyu.pk, "duplicate": jyu_english.pk})
    assert response.status_code == 403
    assert Organisation.objects.count() == 2


def test_the_command_merges_organisations_sharing_an_identifier_automatically(alice):
    from django.core.management import call_command

    alice.is_superuser = True
    alice.save()
    oldest = Organisation.objects.create(name="Jyväskylän yliopisto", country="FI", business_id="0245872-8")
    Organisation.objects.create(name="JYU", country="FI", vat="FI02458728")
    Organisation.objects.create(name="Tampereen yliopisto", country="FI")
    call_command("merge_identifier_duplicates", "--as", "alice")
    assert list(Organisation.objects.filter(country="FI").order_by("pk")) == [
        oldest, Organisation.objects.get(name="Tampereen yliopisto")]


def test_a_merge_moves_many_to_many_links_and_the_undo_moves_them_back(alice, sepra, jyu, jyu_english):
    import datetime

    from kumppani.activities.models import Activity
    from kumppani.audit.services import restore

    activity = Activity.objects.create(workspace=sepra, title={"fi": "Opintomatka"}, country="FI",
                                       starts_on=datetime.date(2026, 5, 4))
    activity.organisers.add(jyu_english)
    duplicate_pk = jyu_english.pk
    entry = merge_organisations(actor=alice, workspace=sepra, kept=jyu, duplicate=jyu_english)
    assert list(activity.organisers.all()) == [jyu]
    restore(entry, alice)
    assert list(activity.organisers.values_list("pk", flat=True)) == [duplicate_pk]
