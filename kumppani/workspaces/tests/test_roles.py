"""Viewers and elected officials can read but change nothing."""

import pytest

from kumppani.directory.models import Organisation, Person


@pytest.fixture
def person(sepra):
    return Person.objects.create(workspace=sepra, name="Marjo Tolvanen")


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_reader_can_read_lists_and_records(client, request, reader, person):
    client.force_login(request.getfixturevalue(reader))
    assert client.get("/w/sepra/people/").status_code == 200
    assert client.get(f"/w/sepra/people/{person.pk}/").status_code == 200


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_reader_gets_403_on_every_change(client, request, reader, person, kodukant):
    client.force_login(request.getfixturevalue(reader))
    forbidden = [
        ("get", "/w/sepra/people/new/"),
        ("post", "/w/sepra/people/new/"),
        ("get", f"/w/sepra/people/{person.pk}/edit/"),
        ("post", f"/w/sepra/people/{person.pk}/edit/"),
        ("post", f"/w/sepra/people/{person.pk}/delete/"),
        ("post", f"/w/sepra/organisations/{kodukant.pk}/edit/"),
        ("post", f"/w/sepra/organisations/{kodukant.pk}/notes/"),
        ("post", "/w/sepra/public-page/"),
    ]
    for method, url in forbidden:
        assert getattr(client, method)(url, {"name": "x"}).status_code == 403, url
    assert Person.objects.get(pk=person.pk).name == "Marjo Tolvanen"
    assert Organisation.objects.get(pk=kodukant.pk).name == "Kodukant"


def test_reader_sees_no_edit_buttons(client, vera, person):
    client.force_login(vera)
    page = client.get(f"/w/sepra/people/{person.pk}/").content.decode()
    assert f"/w/sepra/people/{person.pk}/edit/" not in page


def test_staff_can_change(client, bob, person):
    client.force_login(bob)
    response = client.post(f"/w/sepra/people/{person.pk}/edit/", {"name": "Marjo T.", "kind": "staff",
                                                                 "title_fi": "Toiminnanjohtaja"})
    assert response.status_code == 302
    assert Person.objects.get(pk=person.pk).name == "Marjo T."
