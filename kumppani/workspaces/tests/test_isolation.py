"""A user of one workspace gets 404 on every URL of another: the test walks every URL pattern."""

import datetime

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from kumppani.activities.models import Activity
from kumppani.audit.models import AuditEntry
from kumppani.audit.writes import create_record, delete_record
from kumppani.directory.models import ChangeProposal, Membership, OrganisationNote, Partnership, Person, Representation
from kumppani.funding.models import Call, Programme
from kumppani.jobs.models import Job, JobStatus
from kumppani.jobs.services import result_path, set_result
from kumppani.opportunities.models import Opportunity
from kumppani.projects.tests.factories import project_records
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship
from kumppani.strategy.models import Indicator, ManualValue, Measure, Source, Strategy
from kumppani.subscriptions.models import DigestRun, PartnerInquiry, Subscriber
from kumppani.workspaces.models import FocusArea


def workspace_patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[tuple[str, URLPattern]]:
    """Every staff URL pattern (with its namespace): all routes under /w/<workspace>/."""
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            found += workspace_patterns(entry, namespace)
        elif str(entry.pattern).startswith("w/<slug:workspace>/"):
            found.append((f"{prefix}{entry.name}", entry))
    return found


@pytest.fixture
def sepra_records(sepra, alice, kodukant, tourism, settings, tmp_path):
    person = create_record(alice, sepra, Person(name="Marjo Tolvanen", consent_to_publish=False))
    membership = create_record(alice, sepra, Membership(network=kodukant))
    representation = create_record(alice, sepra, Representation(person=person, membership=membership))
    partnership = create_record(alice, sepra, Partnership(organisation=kodukant))
    focus_area = create_record(alice, sepra, FocusArea(title={"fi": "Matkailu"}))
    note = create_record(alice, sepra, OrganisationNote(organisation=kodukant, text="Salainen"))
    doomed = create_record(alice, sepra, Person(name="Poistettava"))
    deletion = delete_record(alice, sepra, doomed)
    return {
        "person": person, "membership": membership, "representation": representation,
        "partnership": partnership, "focus_area": focus_area, "organisation": kodukant, "theme": tourism,
        "note": note, "entry": deletion, "proposal": ChangeProposal.objects.create(
            workspace=sepra, organisation=kodukant, changes={"website": "https://kodukant.ee"}, reason="New site"),
        **cooperation_records(sepra, alice, kodukant, membership, focus_area),
        **project_records(sepra, alice, kodukant, settings, tmp_path),
        **funding_records(),
        **strategy_records(sepra, alice, focus_area),
        **opportunity_records(sepra, alice),
        "job": job_record(sepra, alice),
    }


def job_record(sepra, alice):
    """A finished export with its file (MEDIA_ROOT is the temporary one project_records set)."""
    job = Job.objects.create(kind="export_projects", workspace=sepra, started_by=alice, task_path="x",
                             status=JobStatus.DONE)
    path = result_path(job, "projects.csv")
    path.write_text("id\n")
    set_result(job, file=path)
    return job


def opportunity_records(sepra, alice) -> dict:
    """An opportunity, a partner inquiry, a subscriber and a digest run of Sepra."""
    now = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
    return {
        "opportunity": create_record(alice, sepra, Opportunity(title={"fi": "Kumppanihaku"})),
        "inquiry": create_record(None, sepra, PartnerInquiry(organisation_name="Tartu linn", contact_name="Maris",
                                                             email="maris@example.ee", country="EE", message="Hei")),
        "subscriber": Subscriber.objects.create(workspace=sepra, email="maris@example.ee", status="active",
                                                consent_text="I agree.", consent_given_at=now),
        "digest_run": DigestRun.objects.create(workspace=sepra, rhythms=["weekly"], started_at=now),
    }


def funding_records() -> dict:
    """The shared programme catalogue: any workspace reads it, none of its URLs opens to an outsider."""
    programme = Programme.objects.get(slug="erasmus-plus")
    call = Call.objects.create(programme=programme, title={"fi": "KA2"}, closes_on=datetime.date(2027, 3, 5))
    return {"programme": programme, "call": call}


def cooperation_records(sepra, alice, kodukant, membership, focus_area) -> dict:
    """Activities, good practices, advocacy items, internships and applicants of Sepra."""
    activity = create_record(alice, sepra, Activity(
        title={"fi": "Opintomatka"}, starts_on=datetime.date(2026, 5, 4), country="EE", membership=membership,
        focus_area=focus_area), {"organisers": [kodukant]})
    internship = create_record(alice, sepra, Internship(title={"fi": "Harjoittelu"}))
    return {
        "activity": activity, "internship": internship,
        "good_practice": create_record(alice, sepra, GoodPractice(title={"fi": "COMCOT"},
                                                                  source_organisation=kodukant)),
        "advocacy_item": create_record(alice, sepra, AdvocacyItem(topic={"fi": "Koheesio"}, channel=kodukant,
                                                                  dated=datetime.date(2025, 3, 1))),
        "applicant": create_record(alice, sepra, Applicant(internship=internship, name="Anna Hakija",
                                                           applied_on=datetime.date(2026, 1, 5))),
    }


def strategy_records(sepra, alice, focus_area) -> dict:
    """A strategy with a measure, a counted indicator and one entered by hand with its value."""
    strategy = create_record(alice, sepra, Strategy(name={"fi": "Strategia"}, starts_on=datetime.date(2023, 1, 1),
                                                    ends_on=datetime.date(2027, 12, 31)))
    measure = create_record(alice, sepra, Measure(focus_area=focus_area, title={"fi": "Vaihdot"}))
    indicator = create_record(alice, sepra, Indicator(
        strategy=strategy, measure=measure, focus_area=focus_area, name={"fi": "Työpajat"}, target=3,
        filters={"type": ["workshop"], "international": True}))
    by_hand = create_record(alice, sepra, Indicator(strategy=strategy, name={"fi": "Tulot"}, target=10,
                                                    source=Source.MANUAL))
    value = create_record(alice, sepra, ManualValue(indicator=by_hand, year=2024, value=4, source="Tilasto"))
    return {"strategy": strategy, "measure": measure, "indicator": indicator, "manual_value": value}


def kwargs_for(name: str, records: dict) -> dict:
    kwargs = {"workspace": "sepra"}
    record_of_url = {
        "person": "person", "membership": "membership", "representation": "representation",
        "partnership": "partnership", "focus_area": "focus_area", "organisation": "organisation",
        "theme": "theme", "restore": "entry", "revoke_api_token": "entry",
        "activity": "activity", "good_practice": "good_practice", "advocacy_item": "advocacy_item",
        "internship": "internship", "applicant": "applicant",
        "project": "project", "output": "output", "attachment": "attachment",
        "programme": "programme", "call_": "call",
        "strategy": "strategy", "indicator": "indicator", "manual_value": "manual_value", "measure": "measure",
        "more_like_organisation": "organisation",
        "opportunity": "opportunity", "inquiry": "inquiry", "job": "job", "subscriber": "subscriber",
        "digest_run": "digest_run", "proposal_": "proposal",
    }
    for key, record in record_of_url.items():
        if key in name.split(":")[-1]:
            kwargs["pk"] = records[record].pk
            break
    return kwargs


def test_every_workspace_url_is_covered():
    names = [name for name, _pattern in workspace_patterns()]
    assert len(names) > 30
    assert "directory:person_detail" in names and "audit:restore" in names
    assert {"partners:partner_search", "partners:more_like_organisation"} <= set(names)


@pytest.mark.parametrize("method", ["get", "post"])
def test_outsider_gets_404_on_every_url_of_another_workspace(client, charlie, sepra_records, method):
    client.force_login(charlie)
    checked = 0
    for name, pattern in workspace_patterns():
        route = str(pattern.pattern)
        kwargs = kwargs_for(name, sepra_records)
        url = "/" + route.replace("<slug:workspace>", kwargs["workspace"]).replace("<int:pk>", str(kwargs.get("pk")))
        response = getattr(client, method)(url)
        assert response.status_code == 404, f"{method.upper()} {url} ({name}) answered {response.status_code}"
        checked += 1
    assert checked == len(workspace_patterns())


def test_outsider_changes_nothing(client, charlie, sepra_records):
    client.force_login(charlie)
    before = AuditEntry.objects.count()
    for name, pattern in workspace_patterns():
        kwargs = kwargs_for(name, sepra_records)
        url = "/" + str(pattern.pattern).replace("<slug:workspace>", "sepra").replace("<int:pk>",
                                                                                     str(kwargs.get("pk")))
        client.post(url, {"name": "Hijacked", "text": "x"})
    assert AuditEntry.objects.count() == before
    assert Person.objects.filter(workspace__slug="sepra", name="Hijacked").count() == 0


def test_member_reaches_every_read_url(client, alice, sepra_records):
    client.force_login(alice)
    for name, pattern in workspace_patterns():
        if name.endswith(("_delete", "restore", "revoke_api_token", "note_add")):
            continue  # POST-only actions, or confirmation pages covered elsewhere
        kwargs = kwargs_for(name, sepra_records)
        url = "/" + str(pattern.pattern).replace("<slug:workspace>", "sepra").replace("<int:pk>",
                                                                                     str(kwargs.get("pk")))
        response = client.get(url)
        assert response.status_code in (200, 405), f"GET {url} ({name}) answered {response.status_code}"


def test_anonymous_visitor_is_sent_to_sign_in(client, sepra_records):
    response = client.get("/w/sepra/people/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
