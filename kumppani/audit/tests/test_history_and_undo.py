"""Every create, change and delete is recorded with who, when and what; staff can restore a deletion."""

from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.writes import create_record, delete_record
from kumppani.directory.models import Membership, Organisation, Partnership, Person, Representation


def test_creating_through_the_form_records_who_and_what(client, alice):
    client.force_login(alice)
    client.post("/w/sepra/people/new/", {"name": "Marjo Tolvanen", "kind": "staff", "title_fi": "Toiminnanjohtaja",
                                         "phone": "+358 40 000 0001"})
    entry = AuditEntry.objects.get(action=Action.CREATE)
    assert entry.actor == alice
    assert entry.workspace.slug == "sepra"
    assert entry.changes["name"] == "Marjo Tolvanen"


def test_changing_records_only_the_fields_that_changed(client, alice, sepra):
    person = create_record(alice, sepra, Person(name="Marjo", phone="1", title={"fi": "Johtaja"}))
    client.force_login(alice)
    client.post(f"/w/sepra/people/{person.pk}/edit/", {"name": "Marjo", "kind": "staff", "phone": "2",
                                                        "title_fi": "Toiminnanjohtaja"})
    entry = AuditEntry.objects.get(action=Action.UPDATE)
    assert set(entry.changes) == {"phone", "title"}
    assert entry.changes["title"] == [{"fi": "Johtaja"}, {"fi": "Toiminnanjohtaja"}]


def test_history_is_shown_on_the_record_page(client, alice, sepra):
    person = create_record(alice, sepra, Person(name="Marjo", phone="1"))
    client.force_login(alice)
    client.post(f"/w/sepra/people/{person.pk}/edit/", {"name": "Marjo", "kind": "staff", "phone": "2"})
    page = client.get(f"/w/sepra/people/{person.pk}/").content.decode()
    assert "Alice" in page and "phone" in page


def test_deleting_and_restoring_a_partner_organisation_brings_back_its_links(alice, sepra, kodukant, tourism):
    person = create_record(alice, sepra, Person(name="Kadri", organisation=kodukant))
    membership = create_record(alice, sepra, Membership(network=kodukant))
    create_record(alice, sepra, Representation(person=person, membership=membership))
    create_record(alice, sepra, Partnership(organisation=kodukant), m2m={"themes": [tourism]})
    kodukant.themes.add(tourism)

    kodukant_pk = kodukant.pk
    entry = delete_record(alice, sepra, kodukant)
    assert not Organisation.objects.filter(pk=kodukant_pk).exists()
    assert Person.objects.get(pk=person.pk).organisation is None

    from kumppani.audit.services import restore

    restore(entry, alice)
    restored = Organisation.objects.get(pk=kodukant_pk)
    assert list(restored.themes.all()) == [tourism]
    assert Person.objects.get(pk=person.pk).organisation == restored
    partnership = Partnership.objects.get(organisation=restored)
    assert list(partnership.themes.all()) == [tourism]
    assert Representation.objects.get(person=person).membership.network == restored
    assert AuditEntry.objects.filter(action=Action.RESTORE).count() == 1


def test_staff_restores_a_deleted_person_from_the_history_page(client, bob, sepra):
    person = create_record(bob, sepra, Person(name="Poistettu"))
    client.force_login(bob)
    client.post(f"/w/sepra/people/{person.pk}/delete/")
    assert not Person.objects.filter(pk=person.pk).exists()
    entry = AuditEntry.objects.get(action=Action.DELETE)
    assert "Poistettu" in client.get("/w/sepra/history/?deleted=1").content.decode()
    client.post(f"/w/sepra/history/{entry.pk}/restore/")
    assert Person.objects.get(pk=person.pk).name == "Poistettu"
    again = client.post(f"/w/sepra/history/{entry.pk}/restore/", follow=True)
    assert "poisto on jo peruttu" in again.content.decode()  # Finnish is the default language


def test_viewer_cannot_restore(client, vera, alice, sepra):
    entry = delete_record(alice, sepra, create_record(alice, sepra, Person(name="X")))
    client.force_login(vera)
    assert client.post(f"/w/sepra/history/{entry.pk}/restore/").status_code == 403


def test_a_shared_organisation_another_workspace_uses_cannot_be_deleted(client, alice, charlie, ksl, kodukant):
    create_record(charlie, ksl, Partnership(organisation=kodukant))
    client.force_login(alice)
    response = client.post(f"/w/sepra/organisations/{kodukant.pk}/delete/", follow=True)
    assert Organisation.objects.filter(pk=kodukant.pk).exists()
    page = response.content.decode()
    assert "ei voi poistaa" in page and "Keski-Suomen liitto" in page  # "cannot be deleted", the other workspace


def test_another_workspaces_history_entries_hide_who_made_them(client, alice, charlie, ksl, kodukant):
    from kumppani.audit.writes import update_record

    update_record(charlie, ksl, kodukant, {"website": "https://kodukant.ee"})
    client.force_login(alice)
    page = client.get(f"/w/sepra/organisations/{kodukant.pk}/").content.decode()
    assert "toinen työtila" in page  # "another workspace"
    assert "Charlie" not in page


def test_a_theme_still_used_by_a_contact_role_cannot_be_deleted(client, alice, sepra, tourism):
    person = create_record(alice, sepra, Person(name="Kari"))
    create_record(alice, sepra, Representation(person=person, theme=tourism))
    client.force_login(alice)
    response = client.post(f"/w/sepra/themes/{tourism.pk}/delete/", follow=True)
    assert response.status_code == 200
    assert "ei voi poistaa" in response.content.decode()  # "cannot be deleted"
