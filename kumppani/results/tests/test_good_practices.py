"""Good practices: what was learned, from whom, and where it was taken up, recorded, found and shown."""

import pytest
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.projects.models import Project
from kumppani.results.models import GoodPractice
from kumppani.results.tests.records import good_practice


@pytest.fixture
def staff(client, bob):
    client.force_login(bob)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def comcot(kodukant, **changes) -> dict:
    data = {"title_fi": "COMCOT-yhteisömatkailu", "learned_fi": "Kylät tuotteistavat matkailunsa yhdessä.",
            "source_organisation": kodukant.pk, "source_country": "EE", "taken_up_at": "Virolahti, Pyhtää",
            "uptake": "adopted", "taken_up_on": "2019-05-01"}
    data.update(changes)
    return data


def test_the_comcot_transfer_is_recorded_and_shown(staff, sepra, kodukant, tourism):
    response = staff.post(reverse("results:good_practice_create", args=["sepra"]),
                          comcot(kodukant, themes=[tourism.pk]))

    assert response.status_code == 302
    practice = GoodPractice.objects.get()
    assert (practice.workspace, practice.source_organisation, practice.uptake) == (sepra, kodukant, "adopted")
    assert AuditEntry.objects.filter(action="create", object_id=str(practice.pk)).exists()
    page = staff.get(response["Location"]).content.decode()
    assert "Virolahti, Pyhtää" in page and "Kodukant" in page and "Estonia" in page and "Adopted" in page


def test_an_unknown_country_is_refused_next_to_its_field(staff, kodukant):
    response = staff.post(reverse("results:good_practice_create", args=["sepra"]), comcot(kodukant,
                                                                                          source_country="XX"))

    assert response.status_code == 400
    assert "XX is not an ISO 3166 country code." in response.content.decode()
    assert not GoodPractice.objects.exists()


def test_another_workspaces_project_cannot_be_the_source(staff, ksl, kodukant):
    theirs = Project.objects.create(workspace=ksl, title={"fi": "Heidän hankkeensa"})

    response = staff.post(reverse("results:good_practice_create", args=["sepra"]),
                          comcot(kodukant, source_project=theirs.pk))

    assert response.status_code == 400
    assert not GoodPractice.objects.exists()
    assert "Heidän hankkeensa" not in response.content.decode()


def test_the_list_is_searched_and_filtered(client, vera, sepra, ksl, kodukant, tourism):
    client.force_login(vera)
    found = good_practice(sepra, source_country="EE", taken_up_at="Virolahti, Pyhtää", uptake="adopted")
    found.themes.add(tourism)
    good_practice(sepra, title="Green Care -maatilat", source_country="NL", uptake="considered")
    good_practice(ksl, title="Keski-Suomen käytäntö", source_country="EE")

    def titles(**filters) -> list[str]:
        response = client.get(reverse("results:good_practice_list", args=["sepra"]), filters)
        assert response.status_code == 200
        return sorted(row.title["fi"] for row in response.context["page"])

    assert titles() == ["COMCOT-yhteisömatkailu", "Green Care -maatilat"]
    assert titles(q="PYHTÄÄ") == ["COMCOT-yhteisömatkailu"]
    assert titles(country="NL") == ["Green Care -maatilat"]
    assert titles(uptake="adopted", theme="tourism") == ["COMCOT-yhteisömatkailu"]
