"""The public page kept rendered for anonymous readers (kumppani/public/pagecache.py) never shows a change late,
never serves a signed-in reader's or another language's page, and answers every reader with tokens of their own."""

import datetime
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kumppani.audit import changes, writes
from kumppani.audit.models import AuditEntry
from kumppani.core.antibot import read_token
from kumppani.directory.models import Organisation, Partnership
from kumppani.opportunities.models import Opportunity, OpportunityKind
from kumppani.public import pagecache
from kumppani.workspaces.models import Workspace

PAGE = "/p/sepra/en/"


@pytest.fixture
def partner(sepra):
    organisation = Organisation.objects.create(name="Tartu Science Park", country="EE")
    return Partnership.objects.create(workspace=sepra, organisation=organisation, description={"en": "Incubators."})


def queries_of(client: Client, url: str, **headers: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, headers=headers).status_code == 200
    return len(captured)


def without_tokens(page: str) -> str:
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", page)
    return re.sub(r'name="started" value="[^"]+"', "STARTED", page)


def test_a_kept_page_is_answered_with_two_queries_and_equals_a_fresh_rendering(client, partner, settings):
    first = client.get(PAGE).content.decode()
    assert queries_of(client, PAGE) == 2  # the workspace and the audit log's newest entries
    kept = client.get(PAGE).content.decode()
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    fresh = client.get(PAGE).content.decode()
    assert "Tartu Science Park" in kept
    assert without_tokens(kept) == without_tokens(fresh) == without_tokens(first)


def test_a_change_through_the_audited_write_path_shows_on_the_next_page(client, alice, sepra, partner):
    assert "Incubators." in client.get(PAGE).content.decode()
    writes.update_record(alice, sepra, partner, {"description": {"en": "Innovation vouchers."}})
    page = client.get(PAGE).content.decode()
    assert "Innovation vouchers." in page
    assert "Incubators." not in page


def test_a_change_audited_by_another_server_process_shows_on_the_next_page(client, sepra, partner):
    """Another process's save sends no signal here: its audit entry alone changes the key."""
    client.get(PAGE)
    Partnership.objects.filter(pk=partner.pk).update(description={"en": "Innovation vouchers."})  # no signal
    AuditEntry.objects.bulk_create([AuditEntry(  # no signal either
        workspace=sepra, action="update", content_type=ContentType.objects.get_for_model(Partnership),
        object_id=str(partner.pk), object_repr=str(partner))])
    assert "Innovation vouchers." in client.get(PAGE).content.decode()


def test_an_audit_entry_committed_after_a_newer_one_changes_the_key(sepra, partner):
    """On PostgreSQL a transaction may take an id and commit after a later one: the count of recent ids changes.
    (SQLite gives ids in the order transactions commit, and the marker reads only the newest there.)"""
    if connection.vendor != "postgresql":
        pytest.skip("only PostgreSQL commits ids out of order")
    kind = ContentType.objects.get_for_model(Partnership)
    newer = AuditEntry.objects.create(workspace=sepra, action="update", content_type=kind, object_id="1", id=10_000)
    before = changes.audit_position()
    AuditEntry.objects.bulk_create([AuditEntry(workspace=sepra, action="update", content_type=kind, object_id="1",
                                               id=newer.pk - 1)])
    assert changes.audit_position() != before


def test_a_record_saved_outside_the_audited_path_in_this_process_shows_on_the_next_page(client, sepra, partner):
    client.get(PAGE)
    Organisation.objects.filter(pk=partner.organisation_id).update(name="Tartu Teaduspark")  # no signal
    partner.organisation.refresh_from_db()
    partner.organisation.save()  # a plain save: this process's signal
    assert "Tartu Teaduspark" in client.get(PAGE).content.decode()


def test_the_workspaces_own_settings_change_the_key(client, sepra):
    client.get(PAGE)
    Workspace.objects.filter(pk=sepra.pk).update(intro={"en": "We speak Estonian too."})  # no signal, no audit
    assert "We speak Estonian too." in client.get(PAGE).content.decode()
    Workspace.objects.filter(pk=sepra.pk).update(public=False)
    assert client.get(PAGE).status_code == 404


def test_a_signed_in_reader_gets_the_page_rendered_anew_and_it_is_not_kept(client, alice, partner):
    signed_in = Client()
    signed_in.force_login(alice)
    assert queries_of(signed_in, PAGE) > 2
    assert queries_of(signed_in, PAGE) > 2
    assert queries_of(client, PAGE) > 2  # the anonymous reader's first page is rendered, not the signed-in one's


def test_each_language_is_kept_apart(client, sepra):
    assert 'lang="fi"' in client.get("/p/sepra/fi/").content.decode()
    english = client.get(PAGE)
    assert 'lang="en"' in english.content.decode() and english["Content-Language"] == "en"
    # The address without a language follows the reader's browser, each language kept apart.
    swedish = client.get("/p/sepra/", headers={"Accept-Language": "sv"})
    finnish = client.get("/p/sepra/", headers={"Accept-Language": "fi"})
    assert 'lang="sv"' in swedish.content.decode() and swedish["Content-Language"] == "sv"
    assert 'lang="fi"' in finnish.content.decode() and finnish["Content-Language"] == "fi"
    assert "Accept-Language" in finnish["Vary"]


def test_every_reader_gets_a_csrf_token_and_form_tokens_of_their_own(sepra):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    pages = [reader.get(PAGE) for reader in (first, second)]
    assert all(reader.cookies.get("csrftoken") for reader in (first, second))
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assert pages[0]["Cache-Control"] == "private"  # no shared cache may hand one reader's tokens to another
    started = [re.findall(r'name="started" value="([^"]+)"', page.content.decode()) for page in pages]
    assert len(started[0]) == 2 and len({*started[0], *started[1]}) == 4
    assert all(read_token(token) is not None for token in started[0])
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', pages[1].content.decode()).group(1)
    sent = second.post("/p/sepra/subscribe/", {"csrfmiddlewaretoken": csrf, "email": "maris@example.ee",
                                               "started": started[1][0]})
    assert sent.status_code != 403  # the form answers (too quick, no consent), the CSRF check passed


def noon_today() -> datetime.datetime:
    """A moment far from midnight, which ends a kept page too (a test run at 23:30 would see midnight first)."""
    return timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))


def test_a_shown_deadline_passing_ends_the_kept_page(sepra):
    now = noon_today()
    deadline = now + datetime.timedelta(minutes=5)
    Opportunity.objects.create(workspace=sepra, kind=OpportunityKind.CALL, title={"en": "Small projects"},
                               publish_on=now - datetime.timedelta(days=1), deadline=deadline)
    assert deadline < pagecache.next_change_by_time(sepra, now) < deadline + datetime.timedelta(seconds=1)


def test_a_future_publication_or_expiry_ends_the_kept_page(sepra):
    now = noon_today()
    publish, expiry = now + datetime.timedelta(hours=1), now + datetime.timedelta(minutes=30)
    Opportunity.objects.create(workspace=sepra, kind=OpportunityKind.NEWS, title={"en": "Later"}, publish_on=publish)
    assert pagecache.next_change_by_time(sepra, now) == publish
    Opportunity.objects.create(workspace=sepra, kind=OpportunityKind.NEWS, title={"en": "Going"},
                               publish_on=now - datetime.timedelta(days=1), expires_on=expiry)
    assert pagecache.next_change_by_time(sepra, now) == expiry


def test_midnight_ends_the_kept_page_when_nothing_else_does(sepra):
    now = timezone.now()
    ends = timezone.localtime(pagecache.next_change_by_time(sepra, now))
    assert ends.date() == timezone.localdate(now) + datetime.timedelta(days=1)
    assert (ends.hour, ends.minute, ends.second) == (0, 0, 0)


def test_an_unknown_workspace_answers_404_every_time(client, sepra):
    assert client.get("/p/nobody/en/").status_code == 404
    assert client.get("/p/nobody/en/").status_code == 404
    assert client.get("/p/sepra/xx/").status_code == 404
