"""The demo's IATI export, of both workspaces, passes IATI's schema and IATI's ruleset."""

from pathlib import Path

from lxml import etree

from kumppani.projects import iati, iati_rules, selectors
from kumppani.workspaces.models import Workspace

SCHEMA = Path(__file__).parents[2] / "projects" / "tests" / "iati" / "iati-activities-schema.xsd"


def test_the_demos_export_passes_the_iati_schema_and_ruleset(demo):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    for workspace in Workspace.objects.all():
        projects = selectors.projects(workspace, {"public": True}).prefetch_related("status_changes")
        document = iati.activities_document(projects, iati.ExportContext(iati.reporter_for(workspace)))

        schema.assertValid(document)
        assert len(document) > 5
        assert [str(violation) for violation in
                iati_rules.violations(document, prefixes=iati.REGISTERED_PREFIXES)] == []
