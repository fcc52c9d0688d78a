"""Programmes, calls, projects and the form data of the project page, for the projects' tests (and the isolation
test's fixture)."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from kumppani.audit.writes import create_record
from kumppani.funding.models import Call, Programme
from kumppani.projects import services
from kumppani.projects.models import Output, Project, ProjectPartner

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01" + b"\x00" * 64
SHELL_SCRIPT = b"#!/bin/sh\nrm -rf /\n"


def programme(slug: str = "test-central-baltic", managing_body: str = "Varsinais-Suomen liitto") -> Programme:
    found, _created = Programme.objects.get_or_create(slug=slug, defaults={
        "name": {"fi": f"Ohjelma {slug}", "en": f"Programme {slug}"}, "short_name": slug.upper()[:60],
        "period_start": 2021, "period_end": 2027, "managing_body": managing_body})
    return found


def call_of(programme_: Programme, title: str = "Third call") -> Call:
    return Call.objects.create(programme=programme_, title={"fi": title, "en": title},
                               closes_on=datetime.date(2026, 3, 31))


def project(workspace: Any, actor: Any, **fields: Any) -> Project:
    values = {"title": {"fi": "Kuninkaantie", "en": "King's Road"}, "status": "preparing",
              "starts_on": datetime.date(2025, 1, 1), "ends_on": datetime.date(2026, 12, 31),
              "total_budget": Decimal("100000.00"), "grant": Decimal("70000.00"), "own_share": Decimal("30000.00")}
    values.update(fields)
    created = create_record(actor, workspace, Project(**values))
    if workspace is not None:
        services.record_status(actor, workspace, created, created.status)
    return created  # type: ignore[return-value]


def partner(project_: Project, organisation: Any, role: str = "partner", budget: str | None = None) -> ProjectPartner:
    return create_record(None, project_.workspace, ProjectPartner(  # type: ignore[return-value]
        project=project_, organisation=organisation, role=role, budget=Decimal(budget) if budget else None))


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def project_records(workspace: Any, actor: Any, organisation: Any, settings: Any, tmp_path: Any) -> dict[str, Any]:
    """A project of the workspace with a partner, an output and an attachment stored under a temporary MEDIA_ROOT."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    created = project(workspace, actor)
    partner(created, organisation, "lead", "5000")
    output = create_record(actor, workspace, Output(project=created, title={"fi": "Reittiopas"},
                                                    delivered_on=datetime.date(2025, 6, 1)))
    attachment = services.add_attachment(actor=actor, workspace=workspace, project=created,
                                         upload=upload("hakemus.pdf", PDF))
    return {"project": created, "output": output, "attachment": attachment}


def form_data(partners: list[dict[str, Any]] | None = None, existing: int = 0, **fields: Any) -> dict[str, Any]:
    """What the project page posts: the project's fields and the partner rows (new rows unless "id" is given)."""
    data: dict[str, Any] = {
        "title_fi": "Kuninkaantie", "title_en": "King's Road", "summary_fi": "Matkailureitti", "status": "preparing",
        "starts_on": "2025-01-01", "ends_on": "2026-12-31", "total_budget": "100000.00", "grant": "70000.00",
        "own_share": "30000.00",
    }
    data.update({name: value for name, value in fields.items() if value is not None})
    for name in [name for name, value in fields.items() if value is None]:
        data.pop(name, None)
    rows = partners or []
    data.update({"partners-TOTAL_FORMS": str(len(rows)), "partners-INITIAL_FORMS": str(existing),
                 "partners-MIN_NUM_FORMS": "0", "partners-MAX_NUM_FORMS": "200"})
    for index, row in enumerate(rows):
        data.update({f"partners-{index}-{name}": value for name, value in row.items()})
    return data
