"""Projects with their participating organisations export as IATI 2.03 activity XML that the official schema
(tests/iati/, see its README) accepts."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from kumppani.directory.models import Organisation
from kumppani.projects import iati
from kumppani.projects.services import change_status
from kumppani.projects.tests.factories import partner, programme, project
from kumppani.strategy.models import Indicator, ManualValue, Strategy
from kumppani.workspaces.models import FocusArea

SCHEMA_DIR = Path(__file__).parent / "iati"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


@pytest.fixture
def sepra_organisation(sepra):
    organisation = Organisation.objects.create(name="Sepra ry", type="leader", country="FI", business_id="1751327-5")
    sepra.organisation = organisation
    sepra.save()
    return organisation


@pytest.fixture
def exported_projects(sepra, bob, kodukant, tourism, sepra_organisation):
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE", pic="999999999")
    road = project(sepra, bob, title={"fi": "Kuninkaantie", "en": "King's Road"},
                   summary={"fi": "Matkailureitti", "en": "A tourist route"}, status="approved",
                   programme=programme(managing_body="Varsinais-Suomen liitto"),
                   starts_on=datetime.date(2025, 1, 1), ends_on=datetime.date(2026, 12, 31),
                   total_budget=Decimal("123456.78"))
    road.themes.set([tourism])
    partner(road, kodukant, "lead", "60000")
    partner(road, errin, "partner")
    change_status(actor=bob, workspace=sepra, project=road, status="running", on=datetime.date(2025, 2, 1))
    bare = project(sepra, bob, title={"fi": "Idea & <pelkkä> nimi\x0b"}, status="idea", starts_on=None,
                   ends_on=None, total_budget=None, grant=None, own_share=None)
    return {"road": road, "bare": bare}


@pytest.fixture
def sepra_indicators(sepra, exported_projects):
    """A strategy over the road project's focus area, with an indicator of that area and one of no area."""
    strategy = Strategy.objects.create(workspace=sepra, name={"fi": "Strategia", "en": "Strategy"},
                                       starts_on=datetime.date(2023, 1, 1), ends_on=datetime.date(2027, 12, 31))
    area = FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu", "en": "Tourism"}, strategy=strategy)
    road = exported_projects["road"]
    road.focus_area = area
    road.save()
    counted = Indicator.objects.create(
        workspace=sepra, strategy=strategy, focus_area=area, name={"fi": "Hankkeet", "en": "Projects"},
        source="projects", target=Decimal("4"), baseline_value=Decimal("1"), baseline_year=2022,
        yearly_targets={"2025": 2})
    by_hand = Indicator.objects.create(
        workspace=sepra, strategy=strategy, name={"fi": "Tulojen kasvu"}, source="manual", target=Decimal("10"),
        cumulative=False, direction="up")
    ManualValue.objects.create(indicator=by_hand, year=2024, value=Decimal("3.5"), source="Kysely")
    return {"counted": counted, "by_hand": by_hand}


def export(client, query: str = "") -> bytes:
    response = client.get(f"/w/sepra/projects/export/?format=iati{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    assert response["Content-Disposition"].startswith("attachment;")
    return b"".join(response.streaming_content)


def test_the_export_validates_against_the_iati_203_schema(staff_client, exported_projects, sepra_indicators, schema):
    document = etree.fromstring(export(staff_client))
    schema.assertValid(document)
    assert document.get("version") == "2.03"
    assert len(document.findall("iati-activity")) == 2
    # the road project's focus area has one indicator; the bare project gets both of the strategy
    assert len(document.findall("iati-activity/result/indicator")) == 3


def test_a_project_reports_the_indicators_of_its_focus_area_with_baseline_targets_and_actuals(
        sepra, exported_projects, sepra_indicators, schema):
    context = iati.ExportContext(iati.reporter_for(sepra))
    document = iati.activities_document([exported_projects["road"]], context)
    schema.assertValid(document)
    (result,) = document.findall("iati-activity/result")
    assert result.get("type") == "2"
    assert result.findtext("title/narrative") == "Matkailu"
    (indicator,) = result.findall("indicator")
    assert (indicator.get("measure"), indicator.get("ascending")) == ("1", "1")
    assert indicator.find("title/narrative").text == "Hankkeet"
    assert (indicator.find("baseline").get("year"), indicator.find("baseline").get("value")) == ("2022", "1")
    periods = {(period.find("period-start").get("iso-date"), period.find("period-end").get("iso-date")):
               (period.find("target").get("value") if period.find("target") is not None else None,
                period.find("actual").get("value") if period.find("actual") is not None else None)
               for period in indicator.findall("period")}
    assert periods[("2025-01-01", "2025-12-31")] == ("2", "1")  # the road project starts in 2025
    assert periods[("2023-01-01", "2023-12-31")] == (None, "0")
    assert periods[("2023-01-01", "2027-12-31")] == ("4", "1")


def test_a_project_of_no_focus_area_reports_the_current_strategys_indicators(
        sepra, exported_projects, sepra_indicators, schema):
    context = iati.ExportContext(iati.reporter_for(sepra))
    document = iati.activities_document([exported_projects["bare"]], context)
    schema.assertValid(document)
    names = [node.findtext("title/narrative") for node in document.findall("iati-activity/result/indicator")]
    assert names == ["Hankkeet", "Tulojen kasvu"]
    whole_period = document.findall("iati-activity/result/indicator")[1].findall("period")[-1]
    assert (whole_period.find("target").get("value"), whole_period.find("actual").get("value")) == ("10", "3.5")


def test_the_schema_is_strict_enough_to_refuse_a_broken_activity(staff_client, exported_projects, schema):
    document = etree.fromstring(export(staff_client))
    activity = document.find("iati-activity")
    for organisation in activity.findall("participating-org"):
        activity.remove(organisation)
    assert not schema.validate(document)


def test_an_activity_carries_the_project_and_its_participating_organisations(staff_client, exported_projects):
    document = etree.fromstring(export(staff_client, "&q=kuninkaan"))
    (activity,) = document.findall("iati-activity")
    road = exported_projects["road"]

    assert activity.findtext("iati-identifier") == f"FI-PRO-1751327-5-P{road.pk}"
    reporting = activity.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type"), reporting.findtext("narrative")) == (
        "FI-PRO-1751327-5", "22", "Sepra ry")
    assert {n.get(XML_LANG): n.text for n in activity.find("title")} == {"fi": "Kuninkaantie", "en": "King's Road"}
    assert {n.get(XML_LANG): n.text for n in activity.find("description")} == {"fi": "Matkailureitti",
                                                                             "en": "A tourist route"}
    roles = [(org.get("role"), org.get("ref"), org.findtext("narrative"))
             for org in activity.findall("participating-org")]
    assert roles == [("1", None, "Varsinais-Suomen liitto"), ("2", "EE-RIK-80042937", "Kodukant"),
                     ("4", "EE-RIK-80042937", "Kodukant"), ("4", "XI-PIC-999999999", "ERRIN")]
    assert activity.find("activity-status").get("code") == "2"
    dates = {date.get("type"): date.get("iso-date") for date in activity.findall("activity-date")}
    assert dates == {"1": "2025-01-01", "2": "2025-02-01", "3": "2026-12-31"}
    assert activity.find("tag").get("code") == "tourism"
    # the budget of 2025 to 2026, one per year (IATI allows a budget period of a year at most), adds up to the total
    values = activity.findall("budget/value")
    assert [(value.get("currency"), value.get("value-date")) for value in values] == [
        ("EUR", "2025-01-01"), ("EUR", "2026-01-01")]
    assert sum(Decimal(value.text) for value in values) == Decimal("123456.78")
    assert activity.find("budget").get("status") == "2"


def test_a_project_with_little_recorded_still_makes_a_valid_activity(sepra, exported_projects, schema):
    context = iati.ExportContext(iati.reporter_for(sepra))
    document = iati.activities_document([exported_projects["bare"]], context)
    schema.assertValid(document)
    activity = document.find("iati-activity")
    assert activity.find("title/narrative").text == "Idea & <pelkkä> nimi"
    assert activity.find("participating-org").get("role") == "4"  # the reporting organisation itself
    assert activity.find("budget") is None


def test_a_public_record_is_exported_by_a_secondary_reporter(staff_client, exported_projects, schema, kodukant):
    record = project(None, None, title={"fi": "EAKR-hanke"}, status="closed", source="eura", source_id="A70123")
    partner(record, kodukant, "lead")
    document = etree.fromstring(export(staff_client, "&public=on&q=EAKR"))
    schema.assertValid(document)
    (activity,) = document.findall("iati-activity")
    assert activity.findtext("iati-identifier") == "FI-PRO-1751327-5-eura-A70123"
    assert activity.find("reporting-org").get("secondary-reporter") == "1"
    assert activity.find("activity-status").get("code") == "4"


def test_the_builder_takes_more_parts_in_the_schemas_order(sepra, exported_projects, schema):
    def result(project, context):
        node = iati.element("result", {"type": "1"}, [iati.element("title", children=[iati.narrative("Reach")])])
        indicator = iati.element("indicator", {"measure": "1"},
                                 [iati.element("title", children=[iati.narrative("Visitors")])])
        node.append(indicator)
        return [node]

    context = iati.ExportContext(iati.reporter_for(sepra))
    document = iati.activities_document([exported_projects["road"]], context, [*iati.ACTIVITY_PARTS, result])
    schema.assertValid(document)
