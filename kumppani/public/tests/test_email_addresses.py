"""No public page shows a person's e-mail address in its HTML, yet the page script can assemble it."""

import re

import pytest

from kumppani.directory.models import Person
from kumppani.public.tests.conftest import page_text

LANGUAGES = ["fi", "sv", "en", "et"]


@pytest.mark.parametrize("workspace", ["sepra", "keski-suomi"])
def test_no_email_address_appears_in_any_public_page(client, demo, workspace):
    people = list(Person.objects.all())
    pages = [page_text(client.get(f"/p/{workspace}/"))]
    pages += [page_text(client.get(f"/p/{workspace}/{language}/")) for language in LANGUAGES]
    pages += [page_text(client.get(f"/p/{workspace}/{language}/contact/{person.pk}/"))
              for person in people if person.workspace.slug == workspace and person.consent_to_publish
              for language in LANGUAGES]  # the others (elected officials of the demo) have no public contact page
    for text in pages:
        lowered = text.lower()
        assert "mailto:" not in lowered
        assert not re.search(r"[\w.+-]+(@|\[at\]|\(at\)| at )[\w-]+\.[a-z]{2,}", lowered)
        for person in people:
            user = person.email.lower().partition("@")[0]
            assert user not in lowered


def test_the_page_carries_the_address_reversed_for_its_script(client, demo):
    text = page_text(client.get("/p/keski-suomi/"))
    person = Person.objects.get(name="Hannu Koponen")
    link = re.search(r'data-mail-user="([^"]+)" data-mail-domain="([^"]+)"', text)
    assert link and f"{link[1][::-1]}@{link[2][::-1]}" == person.email


def test_without_a_script_the_link_leads_to_the_contact_form(client, demo):
    text = page_text(client.get("/p/sepra/en/"))
    person = Person.objects.get(name="Marjo Tolvanen")
    assert f'href="/p/sepra/en/contact/{person.pk}/" data-mail-user=' in text
