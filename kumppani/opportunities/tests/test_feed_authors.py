"""RFC 4287: an Atom feed names an author, and so does each entry; the workspace publishes them."""

from xml.etree import ElementTree

import pytest
from lxml import etree

from kumppani.opportunities.tests.pages import opportunity

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("url", ["/p/sepra/feeds/opportunities.atom", "/p/sepra/fi/feeds/opportunities.atom",
                                 "/p/sepra/feeds/themes/tourism.atom"])
def test_the_feed_and_every_entry_name_the_workspace_as_author(client, sepra, tourism, url):
    opportunity(sepra, "Opintomatka", themes=[tourism])
    opportunity(sepra, "Haku", kind="call", themes=[tourism])

    response = client.get(url)

    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)  # well-formed XML
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Sepra"
    assert feed.findtext(f"{ATOM}author/{ATOM}uri").startswith("http://testserver/p/sepra/")
    entries = list(feed.iter(f"{ATOM}entry"))
    assert len(entries) == 2
    assert all(entry.findtext(f"{ATOM}author/{ATOM}name") == "Sepra" for entry in entries)


def test_an_empty_feed_still_names_its_author(client, sepra):
    feed = etree.fromstring(client.get("/p/sepra/feeds/opportunities.atom").content)
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Sepra"
