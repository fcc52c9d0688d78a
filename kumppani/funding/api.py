"""The funding catalogue's JSON endpoints: programmes and their calls, shared by every workspace.

Like themes, any workspace's staff may add and change them; the history records who did. Deleting a programme or
call that projects refer to answers 409.
"""

from typing import Any

from django.http import HttpRequest
from ninja import P, PathEx, Query, Router, Status
from ninja.pagination import paginate

from kumppani.core.apitools import MAX_ID, Pagination, raise_form_errors
from kumppani.core.apitools import workspace_of as ws
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
from kumppani.workspaces.api_forms import create, delete, update

router = Router()

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
DELETED = {204: None}


def _filtered(form: Any) -> dict[str, Any]:
    raise_form_errors(form)
    return form.cleaned_data


@router.get("/programmes", response=list[ProgrammeOut], tags=["funding"])
@paginate(Pagination)
def list_programmes(request: HttpRequest, filters: Query[ProgrammeFilters]) -> Any:
    """The programme catalogue, filtered as on the programmes page."""
    filter_form = forms.ProgrammeFilterForm(filters.model_dump(exclude_none=True))
    return selectors.programmes(_filtered(filter_form))


@router.post("/programmes", response={201: ProgrammeOut}, tags=["funding"])
def create_programme(request: HttpRequest, payload: ProgrammeIn) -> Any:
    return Status(201, create(request, PROGRAMME, payload))


@router.get("/programmes/{id}", response=ProgrammeOut, tags=["funding"])
def get_programme(request: HttpRequest, id: Id) -> Any:
    return PROGRAMME.get(ws(request), id)


@router.patch("/programmes/{id}", response=ProgrammeOut, tags=["funding"])
def update_programme(request: HttpRequest, id: Id, payload: ProgrammePatch) -> Any:
    """Change the fields given; a translated text changes only the languages given."""
    return update(request, PROGRAMME, id, payload.model_dump(exclude_unset=True))


@router.delete("/programmes/{id}", response=DELETED, tags=["funding"])
def delete_programme(request: HttpRequest, id: Id) -> Any:
    """Deletes the programme with its calls; refused with 409 while projects refer to it."""
    delete(request, PROGRAMME, id)
    return Status(204, None)


@router.get("/calls", response=list[CallOut], tags=["funding"])
@paginate(Pagination)
def list_calls(request: HttpRequest, filters: Query[CallFilters]) -> Any:
    """Calls by closing day, filtered as on the calls page: state=open for the open ones."""
    filter_form = forms.CallFilterForm(filters.model_dump(exclude_none=True))
    return selectors.calls(_filtered(filter_form))


@router.post("/calls", response={201: CallOut}, tags=["funding"])
def create_call(request: HttpRequest, payload: CallIn) -> Any:
    return Status(201, create(request, CALL, payload))


@router.get("/calls/{id}", response=CallOut, tags=["funding"])
def get_call(request: HttpRequest, id: Id) -> Any:
    return CALL.get(ws(request), id)


@router.patch("/calls/{id}", response=CallOut, tags=["funding"])
def update_call(request: HttpRequest, id: Id, payload: CallPatch) -> Any:
    return update(request, CALL, id, payload.model_dump(exclude_unset=True))


@router.delete("/calls/{id}", response=DELETED, tags=["funding"])
def delete_call(request: HttpRequest, id: Id) -> Any:
    """Refused with 409 while another workspace's projects or a public record refer to the call."""
    delete(request, CALL, id)
    return Status(204, None)
