"""The record types of the programme catalogue: shared, so every workspace's staff may add and edit them."""

from kumppani.directory.models import country_codes
from kumppani.funding import forms, services
from kumppani.funding.models import Call, Programme
from kumppani.workspaces.records import RecordType

PROGRAMME = RecordType(
    name="programme", plural="programmes", model=Programme, form_class=forms.ProgrammeForm,
    queryset=lambda workspace: Programme.objects.all(), namespace="funding", own_detail_view=True,
    before_delete=services.refuse_programme_in_use, normalise={"eligible_countries": country_codes},
)
CALL = RecordType(
    name="call", plural="calls", model=Call, form_class=forms.CallForm,
    queryset=lambda workspace: Call.objects.select_related("programme"), namespace="funding",
    own_detail_view=True, before_delete=services.refuse_call_used_elsewhere,
)

RECORD_TYPES = [PROGRAMME, CALL]
