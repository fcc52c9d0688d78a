"""The public page shows upcoming deadlines and recent news: only published, unexpired ones of its workspace."""

import html

from kumppani.opportunities.tests.pages import days_from_now, opportunity


def page(client, url: str = "/p/sepra/en/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_upcoming_deadlines_come_soonest_first_and_past_ones_are_left_out(client, sepra):
    opportunity(sepra, "Myöhäinen haku", kind="call", deadline=days_from_now(30))
    opportunity(sepra, "Pian sulkeutuva haku", kind="call", deadline=days_from_now(3))
    opportunity(sepra, "Kumppanihaku", kind="partner_request", deadline=days_from_now(10))
    opportunity(sepra, "Sulkeutunut haku", kind="call", deadline=days_from_now(-1))

    text = page(client)

    assert text.index("EN Pian sulkeutuva haku") < text.index("EN Kumppanihaku") < text.index("EN Myöhäinen haku")
    assert "Sulkeutunut haku" not in text


def test_recent_news_come_newest_first(client, sepra):
    opportunity(sepra, "Vanhempi uutinen", publish_on=days_from_now(-5))
    opportunity(sepra, "Tuore uutinen", publish_on=days_from_now(-1))

    text = page(client)

    assert "Recent news" in text
    assert text.index("EN Tuore uutinen") < text.index("EN Vanhempi uutinen")


def test_unpublished_expired_and_other_workspaces_opportunities_are_hidden(client, sepra, ksl):
    opportunity(sepra, "Ajastettu uutinen", publish_on=days_from_now(2))
    opportunity(sepra, "Vanhentunut uutinen", expires_on=days_from_now(-1))
    opportunity(sepra, "Vanhentunut haku", kind="call", deadline=days_from_now(5), expires_on=days_from_now(-1))
    opportunity(ksl, "Keski-Suomen uutinen")
    opportunity(ksl, "Keski-Suomen haku", kind="call", deadline=days_from_now(5))

    text = page(client)

    for hidden in ("Ajastettu", "Vanhentunut", "Keski-Suomen"):
        assert hidden not in text


def test_the_page_shows_texts_in_its_own_language(client, sepra):
    opportunity(sepra, "Uutinen")

    assert "EN Uutinen" in page(client, "/p/sepra/en/")
    assert "EN Uutinen" not in page(client, "/p/sepra/fi/") and "Uutinen" in page(client, "/p/sepra/fi/")


def test_the_page_carries_the_subscription_and_partner_forms_and_the_feeds(client, sepra):
    text = page(client)

    assert 'action="/p/sepra/subscribe/"' in text
    assert 'action="/p/sepra/en/partner/"' in text
    assert '<link rel="alternate" type="application/atom+xml"' in text
    assert 'href="/p/sepra/en/feeds/opportunities.atom"' in text
    assert 'href="/p/sepra/en/feeds/deadlines.ics"' in text


def test_an_opportunitys_public_page_shows_only_what_is_published(client, sepra, ksl):
    shown = opportunity(sepra, "Julkaistu", link="https://example.ee/haku")
    scheduled = opportunity(sepra, "Ajastettu", publish_on=days_from_now(2))
    expired = opportunity(sepra, "Vanhentunut", expires_on=days_from_now(-1))
    theirs = opportunity(ksl, "Keski-Suomen")

    text = page(client, f"/p/sepra/en/opportunities/{shown.pk}/")
    assert "EN Julkaistu" in text and "https://example.ee/haku" in text
    for hidden in (scheduled, expired, theirs):
        assert client.get(f"/p/sepra/opportunities/{hidden.pk}/").status_code == 404
    assert client.get(f"/p/keski-suomi/opportunities/{theirs.pk}/").status_code == 200
