"""The funding catalogue's JSON endpoints: programmes and their calls, shared by every workspace.

Like themes, any workspace's staff may add and change them; the history records who did. Deleting a programme or
call that projects refer to answers 409.
"""

from typing import Any

from django.http import HttpRequest
from ninja import Router

from kumppani.core.apitools import raise_form_errors
from kumppani.funding import forms, selectors
from kumppani.funding.api_schemas import (
    CallFilters,
    CallIn,
    CallOut,
    CallPatch,
    ProgrammeFilters,
    ProgrammeIn,
    ProgrammeOut,
    ProgrammePatch,
)
from kumppani.funding.records import CALL, PROGRAMME
from kumppani.workspaces.record_api import RecordRoutes, add_routes

router = Router()

def _filtered(form: Any) -> dict[str, Any]:
    raise_form_errors(form)
    return form.cleaned_data


def _programmes(request: HttpRequest, filters: ProgrammeFilters) -> Any:
    filter_form = forms.ProgrammeFilterForm(filters.model_dump(exclude_none=True))
    return selectors.programmes(_filtered(filter_form))


def _calls(request: HttpRequest, filters: CallFilters) -> Any:
    filter_form = forms.CallFilterForm(filters.model_dump(exclude_none=True))
    return selectors.calls(_filtered(filter_form))


add_routes(router, RecordRoutes(
    PROGRAMME, "/programmes", ProgrammeIn, ProgrammeOut, ProgrammePatch, tags=["funding"], filters=ProgrammeFilters,
    listed=_programmes, module=__name__, docs={
        "list": "The programme catalogue, filtered as on the programmes page.",
        "update": "Change the fields given; a translated text changes only the languages given.",
        "delete": "Deletes the programme with its calls; refused with 409 while projects refer to it."}))
add_routes(router, RecordRoutes(
    CALL, "/calls", CallIn, CallOut, CallPatch, tags=["funding"], filters=CallFilters, listed=_calls,
    module=__name__, docs={
        "list": "Calls by closing day, filtered as on the calls page: state=open for the open ones.",
        "delete": "Refused with 409 while another workspace's projects or a public record refer to the call."}))
