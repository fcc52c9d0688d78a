"""Staff publish, list, edit and delete opportunities through the audited record pages; history can undo."""

import pytest
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.audit.services import restore
from kumppani.opportunities.models import Opportunity
from kumppani.opportunities.tests.pages import days_from_now, opportunity


def form_data(**changes):
    return {"kind": "news", "title_fi": "Kumppanihaku Virosta", "title_en": "Partner search from Estonia",
            "body_fi": "Tarton kaupunki etsii kumppania.", "body_en": "The city of Tartu seeks a partner.",
            "countries": ["ee", "LV"], "languages": ["fi", "en"], "publish_on": "2026-03-01T08:00", **changes}


def test_staff_publish_an_opportunity_in_several_languages(client, bob, sepra, tourism):
    client.force_login(bob)

    response = client.post(reverse("opportunities:opportunity_create", args=["sepra"]),
                           form_data(themes=[tourism.pk]))

    assert response.status_code == 302
    created = Opportunity.objects.get()
    assert created.workspace == sepra
    assert created.title == {"fi": "Kumppanihaku Virosta", "en": "Partner search from Estonia"}
    assert created.countries == ["EE", "LV"] and created.languages == ["fi", "en"]
    assert list(created.themes.all()) == [tourism]
    assert AuditEntry.objects.filter(action="create", object_id=str(created.pk)).exists()
    assert response["Location"] == reverse("opportunities:opportunity_detail", args=["sepra", created.pk])
    page = client.get(response["Location"], headers={"Accept-Language": "en"}).content.decode()
    assert "Partner search from Estonia" in page and "Estonia" in page


def test_staff_edit_and_delete_and_the_history_undoes_the_deletion(client, bob, sepra):
    client.force_login(bob)
    item = opportunity(sepra, "Vanha otsikko")

    edited = client.post(reverse("opportunities:opportunity_edit", args=["sepra", item.pk]),
                         form_data(title_fi="Uusi otsikko"))
    assert edited.status_code == 302
    item.refresh_from_db()
    assert item.title["fi"] == "Uusi otsikko"

    deleted = client.post(reverse("opportunities:opportunity_delete", args=["sepra", item.pk]))
    assert deleted.status_code == 302
    assert not Opportunity.objects.exists()

    restore(AuditEntry.objects.get(action="delete"), bob)
    assert Opportunity.objects.get().title["fi"] == "Uusi otsikko"
    assert list(AuditEntry.objects.filter(object_id=str(item.pk)).order_by("id").values_list(
        "action", flat=True)) == ["create", "update", "delete", "restore"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"kind": "call"}, "deadline"),
    ({"kind": "event"}, "starts_at"),
    ({"kind": "event", "starts_at": "2026-05-02T10:00", "ends_at": "2026-05-01T10:00"}, "ends_at"),
    ({"expires_on": "2026-02-01T08:00"}, "expires_on"),
    ({"countries": ["XX"]}, "countries"),
    ({"title_fi": ""}, "title"),
])
def test_bad_input_is_refused_next_to_its_field(client, bob, changes, field):
    client.force_login(bob)

    response = client.post(reverse("opportunities:opportunity_create", args=["sepra"]), form_data(**changes))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Opportunity.objects.exists()


def test_list_filters_by_kind_and_by_state(client, bob, sepra):
    client.force_login(bob)
    opportunity(sepra, "Ajankohtainen uutinen")
    opportunity(sepra, "Vanhentunut haku", kind="call", deadline=days_from_now(-3), expires_on=days_from_now(-2))
    opportunity(sepra, "Tuleva tapahtuma", kind="event", starts_at=days_from_now(20), publish_on=days_from_now(5))
    url = reverse("opportunities:opportunity_list", args=["sepra"])

    def titles(**params):
        return sorted(row.title["fi"] for row in client.get(url, params).context["page"])

    assert titles() == ["Ajankohtainen uutinen", "Tuleva tapahtuma", "Vanhentunut haku"]
    assert titles(kind="call") == ["Vanhentunut haku"]
    assert titles(state="current") == ["Ajankohtainen uutinen"]
    assert titles(state="expired") == ["Vanhentunut haku"]
    assert titles(state="scheduled") == ["Tuleva tapahtuma"]
    assert titles(q="uutinen") == ["Ajankohtainen uutinen"]


def test_list_shows_only_the_workspaces_own_opportunities(client, bob, sepra, ksl):
    client.force_login(bob)
    opportunity(sepra, "Sepran uutinen")
    opportunity(ksl, "Keski-Suomen uutinen")

    page = client.get(reverse("opportunities:opportunity_list", args=["sepra"])).content.decode()

    assert "Sepran uutinen" in page and "Keski-Suomen uutinen" not in page


@pytest.mark.parametrize("user", ["vera", "eero"])
def test_read_only_members_see_but_cannot_write(client, request, sepra, user):
    client.force_login(request.getfixturevalue(user))
    item = opportunity(sepra)

    assert client.get(reverse("opportunities:opportunity_list", args=["sepra"])).status_code == 200
    assert client.get(reverse("opportunities:opportunity_detail", args=["sepra", item.pk])).status_code == 200
    for url in (reverse("opportunities:opportunity_create", args=["sepra"]),
                reverse("opportunities:opportunity_edit", args=["sepra", item.pk]),
                reverse("opportunities:opportunity_delete", args=["sepra", item.pk])):
        assert client.get(url).status_code == 403
        assert client.post(url, form_data()).status_code == 403
    assert Opportunity.objects.get().title["fi"] == "Opintomatka Tarttoon"


def test_another_workspaces_opportunity_is_not_found(client, bob, ksl):
    client.force_login(bob)
    theirs = opportunity(ksl)

    for name in ("opportunity_detail", "opportunity_edit", "opportunity_delete"):
        assert client.get(reverse(f"opportunities:{name}", args=["sepra", theirs.pk])).status_code == 404
