"""The operator's view of mailing: staff see the subscribers with their consent, every digest run and what it did per
recipient, preview a subscriber's next digest, and send what is due now. Outsiders get 404, viewers only read."""

import pytest
from django.core.exceptions import PermissionDenied

from kumppani.subscriptions.delivery import send_digests, send_due_digests
from kumppani.subscriptions.models import Delivery, DigestRun, SubscriberStatus
from kumppani.subscriptions.tests.conftest import ScriptedInbox

PAGES = ["/w/sepra/opportunities/subscribers/", "/w/sepra/opportunities/digests/"]


@pytest.fixture(autouse=True)
def _english_pages(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def reader(make_subscriber, tourism):
    return make_subscriber(email="maris@example.ee", language="en", rhythm="weekly", themes=[tourism],
                           countries=["EE"])


def test_staff_see_each_subscriber_with_consent_language_choices_and_status(client, bob, reader, make_subscriber):
    make_subscriber(email="gone@example.fi", status=SubscriberStatus.UNSUBSCRIBED)
    client.force_login(bob)
    page = client.get("/w/sepra/opportunities/subscribers/").content.decode()
    for shown in ("maris@example.ee", "I agree.", "English", "Weekly", "Tourism", "Estonia", "Active",
                  "gone@example.fi", "Unsubscribed"):
        assert shown in page
    active_only = client.get("/w/sepra/opportunities/subscribers/?status=active").content.decode()
    assert "maris@example.ee" in active_only and "gone@example.fi" not in active_only


def test_every_run_is_listed_with_its_outcome_and_its_recipients(client, bob, make_subscriber, make_opportunity,
                                                                 now, scripted_smtp):
    make_subscriber(email="reader0@example.fi")
    make_subscriber(email="reader1@example.fi")
    opportunity = make_opportunity("Study trip to Tartu")
    scripted_smtp(ScriptedInbox(refuse={"reader1@example.fi"}))
    send_digests(now=now)

    run = DigestRun.objects.get()
    assert (run.trigger, run.rhythms, run.messages_sent, run.bounced, run.failed) == (
        "schedule", ["at_once", "monthly", "weekly"], 1, 1, 0)
    assert set(Delivery.objects.values_list("run", flat=True)) == {run.pk}
    client.force_login(bob)
    runs = client.get("/w/sepra/opportunities/digests/").content.decode()
    assert f"/w/sepra/opportunities/digests/{run.pk}/" in runs and "Schedule" in runs
    detail = client.get(f"/w/sepra/opportunities/digests/{run.pk}/").content.decode()
    assert "reader0@example.fi" in detail and "reader1@example.fi" in detail
    assert "Bounced" in detail and "550" in detail and opportunity.title["en"] in detail


def test_the_preview_shows_the_next_digest_as_it_would_be_sent_and_sends_nothing(client, bob, reader, tourism,
                                                                                  make_opportunity, mailoutbox):
    make_opportunity("Green care in Tartu", themes=[tourism])
    client.force_login(bob)
    response = client.get(f"/w/sepra/opportunities/subscribers/{reader.pk}/next-digest/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 new opportunity from Sepra" in page
    assert "srcdoc=" in page and "Green care in Tartu" in page and "unsubscribe" in page
    assert mailoutbox == [] and not Delivery.objects.exists()


def test_the_preview_says_when_nothing_would_be_sent(client, bob, reader):
    client.force_login(bob)
    page = client.get(f"/w/sepra/opportunities/subscribers/{reader.pk}/next-digest/").content.decode()
    assert 'id="nothing-to-send"' in page


def test_send_now_sends_what_is_due_and_records_who_started_the_run(client, bob, reader, make_opportunity,
                                                                    mailoutbox):
    make_opportunity()
    client.force_login(bob)
    response = client.post("/w/sepra/opportunities/digests/send-now/")
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["maris@example.ee"]
    run = DigestRun.objects.get()
    assert (run.trigger, run.triggered_by, run.messages_sent) == ("staff", bob, 1)
    assert "1 messages sent" in client.get(response["Location"]).content.decode()

    client.post("/w/sepra/opportunities/digests/send-now/")
    assert len(mailoutbox) == 1  # nothing more was due


def test_viewers_read_but_cannot_send(client, vera, reader, make_opportunity, mailoutbox):
    make_opportunity()
    client.force_login(vera)
    for url in [*PAGES, f"/w/sepra/opportunities/subscribers/{reader.pk}/next-digest/"]:
        assert client.get(url).status_code == 200
    assert "Send now" not in client.get("/w/sepra/opportunities/digests/").content.decode()
    assert client.post("/w/sepra/opportunities/digests/send-now/").status_code == 403
    assert mailoutbox == [] and not DigestRun.objects.exists()


def test_outsiders_get_404_everywhere(client, charlie, reader, make_opportunity, mailoutbox):
    make_opportunity()
    send_digests(workspace=reader.workspace)
    run = DigestRun.objects.get()
    client.force_login(charlie)
    for url in [*PAGES, f"/w/sepra/opportunities/subscribers/{reader.pk}/next-digest/",
                        f"/w/sepra/opportunities/digests/{run.pk}/"]:
        assert client.get(url).status_code == 404
    assert client.post("/w/sepra/opportunities/digests/send-now/").status_code == 404
    # Nor can charlie reach Sepra's rows through his own workspace's addresses.
    assert client.get(f"/w/keski-suomi/opportunities/digests/{run.pk}/").status_code == 404
    assert client.get(f"/w/keski-suomi/opportunities/subscribers/{reader.pk}/next-digest/").status_code == 404


def test_the_service_refuses_a_read_only_member(vera, sepra):
    with pytest.raises(PermissionDenied):
        send_due_digests(workspace=sepra, actor=vera)


def test_the_staff_navigation_links_the_digests(client, bob):
    client.force_login(bob)
    assert 'href="/w/sepra/opportunities/digests/"' in client.get("/w/sepra/opportunities/").content.decode()
