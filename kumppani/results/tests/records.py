"""Good practices, advocacy items, internships and applicants for the tests, saved through the audited writes."""

import datetime
from typing import Any

from kumppani.audit.writes import create_record
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def good_practice(workspace: Any, title: str = "COMCOT-yhteisömatkailu", **fields: Any) -> GoodPractice:
    fields["taken_up_on"] = _day(fields.get("taken_up_on"))
    return create_record(None, workspace, GoodPractice(title={"fi": title}, **fields))


def advocacy_item(workspace: Any, topic: str = "Koheesiopolitiikka 2028+", dated: str = "2025-03-01",
                  **fields: Any) -> AdvocacyItem:
    return create_record(None, workspace, AdvocacyItem(topic={"fi": topic}, dated=_day(dated), **fields))


def internship(workspace: Any, title: str = "Kansainvälisen viestinnän harjoittelija", **fields: Any) -> Internship:
    for name in ("apply_by", "starts_on", "ends_on"):
        fields[name] = _day(fields.get(name))
    return create_record(None, workspace, Internship(title={"fi": title}, **fields))


def applicant(posting: Internship, name: str = "Anna Hakija", applied_on: str = "2026-01-05",
              **fields: Any) -> Applicant:
    return create_record(None, posting.workspace, Applicant(internship=posting, name=name,
                                                            applied_on=_day(applied_on), **fields))
