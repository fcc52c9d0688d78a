"""Partner inquiries for the page tests."""

from typing import Any

from kumppani.audit.writes import create_record
from kumppani.subscriptions.models import PartnerInquiry


def inquiry(workspace: Any, organisation_name: str = "Tartu linn", **fields: Any) -> PartnerInquiry:
    fields = {"contact_name": "Maris Tamm", "email": "maris@example.ee", "country": "EE",
              "message": "We seek a Finnish partner for a youth exchange.", **fields}
    return create_record(None, workspace, PartnerInquiry(organisation_name=organisation_name, **fields))
