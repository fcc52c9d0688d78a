"""The opportunity record type and its create, edit and delete pages (the detail page is the app's own)."""

from kumppani.opportunities import forms_staff, selectors_staff
from kumppani.opportunities.models import Opportunity
from kumppani.workspaces.records import RecordType

OPPORTUNITY = RecordType(
    name="opportunity", plural="opportunities", model=Opportunity, form_class=forms_staff.OpportunityForm,
    queryset=selectors_staff.opportunity_records, namespace="opportunities", own_detail_view=True,
)
