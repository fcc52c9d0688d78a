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
    change_status(bob, sepra, road, "running", on=datetime.date(2025, 2, 1))
    bare = project(sepra, bob, title={"fi": "Idea & <pelkkä> nimi\x0b"}, status="idea", starts_on=None,
                   ends_on=None, total_budget=None, grant=None, own_share=None)
    return {"road": road, "bare": bare}


def export(client, query: str = "") -> bytes:
    response = client.get(f"/w/sepra/projects/export/?format=iati{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    assert response["Content-Disposition"].startswith("attachment;")
    return b"".join(response.streaming_content)


def test_the_export_validates_against_the_iati_203_schema(staff_client, exported_projects, schema):
    document = etree.fromstring(export(staff_client))
    schema.assertValid(document)
    assert document.get("version") == "2.03"
    assert len(document.findall("iati-activity")) == 2


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
    assert roles == [("1", None, "Varsinais-Suomen liitto"), ("2", "EE-RIK-80042938", "Kodukant"),
                     ("4", "EE-RIK-80042938", "Kodukant"), ("4", "XI-PIC-999999999", "ERRIN")]
    assert activity.find("activity-status").get("code") == "2"
    dates = {date.get("type"): date.get("iso-date") for date in activity.findall("activity-date")}
    assert dates == {"1": "2025-01-01", "2": "2025-02-01", "3": "2026-12-31"}
    assert activity.find("tag").get("code") == "tourism"
    value = activity.find("budget/value")
    assert (value.text, value.get("currency"), value.get("value-date")) == ("123456.78", "EUR", "2025-01-01")
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
