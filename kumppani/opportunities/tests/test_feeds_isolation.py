"""Each workspace's feeds carry only its own opportunities; a workspace without a public page has none."""

from xml.etree import ElementTree

import icalendar

from kumppani.opportunities.tests.pages import days_from_now, opportunity

ATOM = "{http://www.w3.org/2005/Atom}"


def atom_titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return [entry.findtext(f"{ATOM}title") for entry in ElementTree.fromstring(response.content).iter(f"{ATOM}entry")]


def ics_summaries(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return sorted(str(event["summary"]) for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT"))


def test_each_workspaces_feeds_show_only_its_own_opportunities(client, sepra, ksl, tourism):
    opportunity(sepra, "Sepran haku", kind="call", deadline=days_from_now(5), themes=[tourism])
    opportunity(ksl, "Keski-Suomen haku", kind="call", deadline=days_from_now(5), themes=[tourism])

    assert atom_titles(client, "/p/sepra/feeds/opportunities.atom") == ["Sepran haku"]
    assert atom_titles(client, "/p/keski-suomi/feeds/opportunities.atom") == ["Keski-Suomen haku"]
    assert atom_titles(client, "/p/sepra/feeds/themes/tourism.atom") == ["Sepran haku"]
    assert atom_titles(client, "/p/keski-suomi/feeds/themes/tourism.atom") == ["Keski-Suomen haku"]
    assert ics_summaries(client, "/p/sepra/en/feeds/deadlines.ics") == ["Deadline: EN Sepran haku"]
    assert ics_summaries(client, "/p/keski-suomi/en/feeds/deadlines.ics") == ["Deadline: EN Keski-Suomen haku"]


def test_unknown_or_unpublished_workspaces_have_no_feeds(client, sepra):
    opportunity(sepra, "Sepran uutinen")
    sepra.public = False
    sepra.save()

    for url in ("/p/sepra/feeds/opportunities.atom", "/p/sepra/feeds/themes/tourism.atom",
                "/p/sepra/feeds/deadlines.ics", "/p/nobody/feeds/opportunities.atom"):
        assert client.get(url).status_code == 404, url
