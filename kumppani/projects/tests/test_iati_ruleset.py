"""The IATI export follows IATI's own ruleset (iati_ruleset/standard.json) as well as its schema: a sector and a
recipient country on every activity, budgets of a year at most that add up to the project's, budget-not-provided
where there is none, registered identifier prefixes; and no export at all without the reporter's identifier."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kumppani.directory.models import Organisation, Theme
from kumppani.projects import iati, iati_rules
from kumppani.projects.tests.factories import partner, project

SCHEMA_DIR = Path(__file__).parent / "iati"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


@pytest.fixture
def sepra_organisation(sepra):
    organisation = Organisation.objects.create(name="Sepra ry", type="leader", country="FI", business_id="1751327-5")
    sepra.organisation = organisation
    sepra.save()
    return organisation


def exported(workspace, *projects, schema):
    document = iati.activities_document(projects, iati.ExportContext(iati.reporter_for(workspace)))
    schema.assertValid(document)
    assert iati_rules.violations(document, prefixes=iati.REGISTERED_PREFIXES) == []
    return document.find("iati-activity")


def test_a_multi_year_budget_is_one_budget_per_year_adding_up_to_the_total(sepra, bob, sepra_organisation, schema):
    long = project(sepra, bob, starts_on=datetime.date(2025, 3, 1), ends_on=datetime.date(2027, 6, 30),
                   total_budget=Decimal("100000.00"))

    activity = exported(sepra, long, schema=schema)
    budgets = [(budget.find("period-start").get("iso-date"), budget.find("period-end").get("iso-date"),
                Decimal(budget.findtext("value"))) for budget in activity.findall("budget")]
    assert [(start, end) for start, end, _value in budgets] == [
        ("2025-03-01", "2025-12-31"), ("2026-01-01", "2026-12-31"), ("2027-01-01", "2027-06-30")]
    assert sum(value for _start, _end, value in budgets) == Decimal("100000.00")
    assert budgets[1][2] > budgets[0][2] > budgets[2][2]  # shared by the days of each period
    assert activity.get("budget-not-provided") is None


def test_a_project_without_a_budget_says_budget_not_provided(sepra, bob, sepra_organisation, schema):
    idea = project(sepra, bob, status="idea", starts_on=None, ends_on=None, total_budget=None, grant=None,
                   own_share=None)

    activity = exported(sepra, idea, schema=schema)
    assert activity.find("budget") is None
    assert activity.get("budget-not-provided") == iati.BUDGET_NOT_PROVIDED
    assert activity.find("activity-date[@type='1']") is not None  # the day it was recorded stands in


def test_danish_and_norwegian_partners_are_identified_by_their_registries(sepra, bob, sepra_organisation, schema):
    danish = Organisation.objects.create(name="LAG Djursland", type="leader", country="DK", vat="DK12345678")
    norwegian = Organisation.objects.create(name="Innovasjon Nord", type="public_body", country="NO",
                                            vat="NO987654321MVA")
    swedish = Organisation.objects.create(name="Leader Sjuhärad", type="leader", country="SE", vat="SE556677889901")
    shared = project(sepra, bob)
    for organisation in (danish, norwegian, swedish):
        partner(shared, organisation)

    activity = exported(sepra, shared, schema=schema)
    refs = {org.findtext("narrative"): org.get("ref") for org in activity.findall("participating-org")}
    assert refs == {"LAG Djursland": "DK-CVR-12345678", "Innovasjon Nord": "NO-BRC-987654321",
                    "Leader Sjuhärad": "SE-ON-5566778899"}
    countries = {country.get("code"): country.get("percentage") for country in activity.findall("recipient-country")}
    assert countries == {"DK": "33.33", "NO": "33.33", "SE": "33.34"}


def test_themes_become_dac_sectors_with_shares_and_a_project_of_no_known_theme_is_unspecified(
        sepra, bob, sepra_organisation, tourism, schema):
    youth, _created = Theme.objects.get_or_create(slug="youth", defaults={"name": {"fi": "Nuoret"}})
    local = Theme.objects.create(slug="our-own", name={"fi": "Oma"})
    themed, unthemed = project(sepra, bob), project(sepra, bob, title={"fi": "Toinen"})
    themed.themes.set([tourism, youth, local])
    unthemed.themes.set([local])

    sectors = {sector.get("code"): sector.get("percentage")
               for sector in exported(sepra, themed, schema=schema).findall("sector")}
    assert sectors == {"33210": "50.00", "16015": "50.00"}
    (unspecified,) = exported(sepra, unthemed, schema=schema).findall("sector")
    assert (unspecified.get("vocabulary"), unspecified.get("code"), unspecified.get("percentage")) == (
        "1", "99810", None)


def test_a_project_without_partners_is_for_the_reporters_country(sepra, bob, sepra_organisation, schema):
    (country,) = exported(sepra, project(sepra, bob), schema=schema).findall("recipient-country")
    assert country.get("code") == "FI"


def test_the_export_is_refused_while_the_workspace_has_no_identifier(staff_client, sepra, bob):
    sepra.organisation = Organisation.objects.create(name="Sepra ry", type="leader", country="FI")
    sepra.save()
    project(sepra, bob)

    response = staff_client.get("/w/sepra/projects/export/?format=iati&status=preparing", follow=True)
    assert response.redirect_chain[-1][0] == "/w/sepra/projects/?status=preparing"
    assert "The IATI export needs your organisation&#x27;s registered identifier" in response.content.decode()
    assert "Sepra ry" in response.content.decode()


def test_the_checker_finds_what_the_ruleset_forbids(sepra, bob, sepra_organisation, schema):
    activity = iati.activity(project(sepra, bob), iati.ExportContext(iati.reporter_for(sepra)))
    document = etree.Element("iati-activities", {"version": "2.03"})
    document.append(activity)
    for sector in activity.findall("sector"):
        activity.remove(sector)
    budget = activity.find("budget")
    budget.find("period-end").set("iso-date", "2027-06-30")
    activity.find("reporting-org").set("ref", "XX-KUMPPANI-sepra")

    rules = {violation.rule for violation in iati_rules.violations(document, prefixes=iati.REGISTERED_PREFIXES)}
    assert {"6.2.2", "7.5.3", "1.14.8"} <= rules
