"""A directory list's rows and filters are kept rendered (kumppani/workspaces/kept.py) and never stale: any change
shows on the next request, and a kept part is never another workspace's, language's or query's."""

from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation, Person


def _list(client: Client, workspace, name: str = "organisation_list", **headers) -> str:  # type: ignore[no-untyped-def]
    return client.get(reverse(f"directory:{name}", args=[workspace.slug]), **headers).content.decode()


def test_a_change_audited_by_another_server_process_shows_on_the_next_request(client, alice, sepra):
    organisation = Organisation.objects.create(name="Tartu Science Park", country="EE")
    client.force_login(alice)
    assert "Tartu Science Park" in _list(client, sepra)
    Organisation.objects.filter(pk=organisation.pk).update(name="Tartu Teaduspark")  # no signal here
    AuditEntry.objects.bulk_create([AuditEntry(  # another process's audited write: no signal either
        workspace=sepra, action="update", content_type=ContentType.objects.get_for_model(Organisation),
        object_id=str(organisation.pk), object_repr="Tartu Teaduspark")])
    assert "Tartu Teaduspark" in _list(client, sepra)


def test_a_record_saved_in_this_process_shows_on_the_next_request(client, alice, sepra):
    client.force_login(alice)
    assert "Tartu Science Park" not in _list(client, sepra)
    Organisation.objects.create(name="Tartu Science Park", country="EE")  # a plain save: this process's signal
    assert "Tartu Science Park" in _list(client, sepra)


def test_each_workspace_gets_its_own_rows(client, alice, charlie, sepra, ksl):
    Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    Person.objects.create(workspace=ksl, name="Kalle Keskisuomalainen")
    client.force_login(alice)
    sepra_people = _list(client, sepra, "person_list")
    other = Client()
    other.force_login(charlie)
    ksl_people = _list(other, ksl, "person_list")
    assert "Sari Sepralainen" in sepra_people and "Kalle Keskisuomalainen" not in sepra_people
    assert "Kalle Keskisuomalainen" in ksl_people and "Sari Sepralainen" not in ksl_people


def test_each_language_and_query_gets_its_own_rows(client, alice, sepra):
    Organisation.objects.create(name="Tartu Science Park", country="EE")
    client.force_login(alice)
    english = _list(client, sepra, HTTP_ACCEPT_LANGUAGE="en")
    finnish = _list(client, sepra, HTTP_ACCEPT_LANGUAGE="fi")
    assert "1 record<" in english and "1 record<" not in finnish
    url = reverse("directory:organisation_list", args=[sepra.slug])
    assert "Tartu Science Park" not in client.get(url, {"q": "Jyväskylä"}).content.decode()
    assert "Tartu Science Park" in client.get(url, {"q": "Tartu"}).content.decode()
