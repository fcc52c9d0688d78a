"""Staff see the partner inquiries of their workspace and move them from new to closed, with history."""

from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.subscriptions.models import PartnerInquiry
from kumppani.subscriptions.tests.pages import inquiry


def test_staff_list_the_inquiries_and_filter_by_status(client, bob, sepra, ksl):
    client.force_login(bob)
    inquiry(sepra, "Tartu linn")
    inquiry(sepra, "Riga Youth Centre", status="closed")
    inquiry(ksl, "Keski-Suomen tiedustelu")
    url = reverse("subscriptions:inquiry_list", args=["sepra"])

    assert sorted(row.organisation_name for row in client.get(url).context["page"]) == ["Riga Youth Centre",
                                                                                        "Tartu linn"]
    assert [row.organisation_name for row in client.get(url, {"status": "new"}).context["page"]] == ["Tartu linn"]
    assert "Keski-Suomen tiedustelu" not in client.get(url).content.decode()


def test_staff_change_the_status_and_the_change_is_in_the_history(client, bob, sepra):
    client.force_login(bob)
    case = inquiry(sepra)

    page = client.get(reverse("subscriptions:inquiry_detail", args=["sepra", case.pk])).content.decode()
    assert "We seek a Finnish partner for a youth exchange." in page and "maris@example.ee" in page
    response = client.post(reverse("subscriptions:inquiry_status", args=["sepra", case.pk]), {"status": "in_progress"})

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "in_progress"
    assert AuditEntry.objects.get(action="update", object_id=str(case.pk)).changes["status"] == ["new", "in_progress"]


def test_an_unknown_status_is_refused(client, bob, sepra):
    client.force_login(bob)
    case = inquiry(sepra)

    response = client.post(reverse("subscriptions:inquiry_status", args=["sepra", case.pk]), {"status": "lost"})

    assert response.status_code == 400
    assert PartnerInquiry.objects.get().status == "new"


def test_a_viewer_reads_but_cannot_change_the_status(client, vera, sepra):
    client.force_login(vera)
    case = inquiry(sepra)

    assert client.get(reverse("subscriptions:inquiry_detail", args=["sepra", case.pk])).status_code == 200
    response = client.post(reverse("subscriptions:inquiry_status", args=["sepra", case.pk]), {"status": "closed"})

    assert response.status_code == 403
    assert PartnerInquiry.objects.get().status == "new"


def test_another_workspaces_inquiry_is_not_found(client, bob, ksl):
    client.force_login(bob)
    theirs = inquiry(ksl)

    assert client.get(reverse("subscriptions:inquiry_detail", args=["sepra", theirs.pk])).status_code == 404
    assert client.post(reverse("subscriptions:inquiry_status", args=["sepra", theirs.pk]),
                       {"status": "closed"}).status_code == 404
