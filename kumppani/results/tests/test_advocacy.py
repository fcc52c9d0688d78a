"""Advocacy items: an EU topic, the position taken, the channel it went through, the date and the outcome."""

import pytest
from django.urls import reverse

from kumppani.directory.models import Membership, Organisation
from kumppani.results.models import AdvocacyItem
from kumppani.results.tests.records import advocacy_item


@pytest.fixture
def fedarene(db):
    return Organisation.objects.create(name="European Federation of Agencies and Regions for Energy and the "
                                            "Environment", short_name="FEDARENE", type="network", country="BE")


def test_a_position_through_fedarene_is_recorded_and_shown(client, bob, sepra, fedarene):
    client.force_login(bob)
    Membership.objects.create(workspace=sepra, network=fedarene)
    form = client.get(reverse("results:advocacy_item_create", args=["sepra"])).content.decode()
    assert "FEDARENE" in form  # the networks the workspace belongs to are offered

    response = client.post(reverse("results:advocacy_item_create", args=["sepra"]), {
        "topic_fi": "Energiayhteisöt EU:n ilmastopaketissa", "position_fi": "Alueet mukaan energiayhteisöihin.",
        "channel": fedarene.pk, "dated": "2025-10-15", "outcome_fi": "Lausunto huomioitiin.",
    })

    assert response.status_code == 302
    item = AdvocacyItem.objects.get()
    assert (item.workspace, item.channel, str(item.dated)) == (sepra, fedarene, "2025-10-15")
    page = client.get(response["Location"]).content.decode()
    assert "Energiayhteisöt EU:n ilmastopaketissa" in page and "Lausunto huomioitiin." in page


def test_a_missing_date_is_refused_next_to_its_field(client, bob):
    client.force_login(bob)

    response = client.post(reverse("results:advocacy_item_create", args=["sepra"]), {"topic_fi": "Aihe"},
                           headers={"Accept-Language": "en"})

    assert response.status_code == 400
    assert 'id="id_dated_error"' in response.content.decode()
    assert not AdvocacyItem.objects.exists()


def test_the_list_filters_by_channel_year_and_text(client, vera, sepra, ksl, fedarene):
    client.force_login(vera)
    wfeo = Organisation.objects.create(name="West Finland European Office", short_name="WFEO", country="BE")
    advocacy_item(sepra, channel=fedarene, dated="2025-10-15", outcome={"fi": "Lausunto huomioitiin."})
    advocacy_item(sepra, topic="Maaseutupolitiikka", channel=wfeo, dated="2024-02-01")
    advocacy_item(ksl, topic="Keski-Suomen kanta", channel=wfeo, dated="2024-02-01")

    def topics(**filters) -> list[str]:
        response = client.get(reverse("results:advocacy_item_list", args=["sepra"]), filters)
        assert response.status_code == 200
        return [row.topic["fi"] for row in response.context["page"]]

    assert topics() == ["Koheesiopolitiikka 2028+", "Maaseutupolitiikka"]
    assert topics(channel=wfeo.pk) == ["Maaseutupolitiikka"]
    assert topics(year="2025") == ["Koheesiopolitiikka 2028+"]
    assert topics(q="huomioitiin") == ["Koheesiopolitiikka 2028+"]
