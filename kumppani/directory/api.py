"""The directory's JSON endpoints: routes generated from the record types, and thin wrappers around the services
and selectors the pages use.

Organisations, themes and regions are the shared directory; people, memberships, representations,
partnerships and notes belong to the token's workspace, and another workspace's ids answer 404.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import P, PathEx, Query, Router, Status
from ninja.pagination import paginate

from kumppani.core.apitools import MAX_ID, Pagination, raise_form_errors
from kumppani.core.apitools import workspace_of as ws
from kumppani.directory import forms, selectors, services, stewardship
from kumppani.directory.api_schemas import (
    MembershipIn,
    MembershipOut,
    NoteIn,
    NoteOut,
    OrganisationFilters,
    OrganisationIn,
    OrganisationOut,
    OwnValuesIn,
    OwnValuesOut,
    PartnershipIn,
    PartnershipOut,
    PersonFilters,
    PersonIn,
    PersonOut,
    ProposalIn,
    ProposalOut,
    RegionFilters,
    RegionOut,
    RepresentationIn,
    RepresentationOut,
    ThemeChanges,
    ThemeIn,
    ThemeOut,
)
from kumppani.directory.models import Organisation, Region, Theme, validate_country
from kumppani.directory.records import MEMBERSHIP, ORGANISATION, PARTNERSHIP, PERSON, REPRESENTATION, THEME
from kumppani.workspaces.record_api import RecordRoutes, add_routes

router = Router()

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]


def _filtered(form: Any) -> dict[str, Any]:
    raise_form_errors(form)
    return form.cleaned_data


# Shared directory: organisations, their workspace-private notes, themes, regions.

def _organisations(request: HttpRequest, filters: OrganisationFilters) -> Any:
    """The shared directory, filtered as on the organisations page."""
    given = filters.model_dump(exclude_none=True)
    # With no filter given the form has nothing to check; building it (a choice per country) cost a tenth of a page.
    cleaned = _filtered(forms.OrganisationFilterForm(given)) if given else {}
    return selectors.organisations(cleaned).with_theme_ids()


add_routes(router, RecordRoutes(
    ORGANISATION, "/organisations", OrganisationIn, OrganisationOut, tags=["organisations"],
    filters=OrganisationFilters, listed=_organisations, module=__name__, docs={
        "list": "The shared directory, filtered as on the organisations page.",
        "update": "Change the fields given; a translated text changes only the languages given.",
        "delete": "Refused with 409 while another workspace uses the organisation."}))


@router.get("/organisations/{id}/notes", response=list[NoteOut], tags=["organisations"])
@paginate(Pagination)
def list_organisation_notes(request: HttpRequest, id: Id) -> Any:
    """Your workspace's private notes on the organisation, newest first."""
    organisation = ORGANISATION.get(ws(request), id)
    return organisation.notes.filter(workspace=ws(request)).select_related("author").order_by("-created_at", "-id")


@router.post("/organisations/{id}/notes", response={201: NoteOut}, tags=["organisations"])
def add_organisation_note(request: HttpRequest, id: Id, payload: NoteIn) -> Any:
    organisation = ORGANISATION.get(ws(request), id)
    return Status(201, services.add_note(actor=request.user, workspace=ws(request), organisation=organisation,
                                         text=payload.text))


add_routes(router, RecordRoutes(
    THEME, "/themes", ThemeIn, ThemeOut, ThemeChanges, tags=["themes"], module=__name__,
    listed=lambda request, filters: Theme.objects.order_by("slug", "id"), docs={
        "update": "Only the theme's steward (or an instance administrator) changes it: 403 otherwise.",
        "delete": "Only the steward deletes; refused with 409 while another workspace's records use the theme."}))


# Stewardship: proposals to a record's steward, and a workspace's own values.

def _propose(request: HttpRequest, record: Organisation | Theme, payload: ProposalIn) -> Any:
    changes = stewardship.proposed_changes(workspace=ws(request), record=record, values=payload.changes)
    reason = forms.ProposalReasonForm({"reason": payload.reason})  # the page's rules: no NUL, a length
    raise_form_errors(reason)
    proposal = stewardship.propose_change(actor=request.user, workspace=ws(request), record=record,
                                          changes=changes, reason=reason.cleaned_data["reason"])
    return Status(201, proposal)


@router.post("/organisations/{id}/proposals", response={201: ProposalOut}, tags=["stewardship"])
def propose_organisation_change(request: HttpRequest, id: Id, payload: ProposalIn) -> Any:
    """Propose new values for an organisation another workspace looks after; its steward accepts or rejects."""
    return _propose(request, ORGANISATION.get(ws(request), id), payload)


@router.post("/themes/{id}/proposals", response={201: ProposalOut}, tags=["stewardship"])
def propose_theme_change(request: HttpRequest, id: Id, payload: ProposalIn) -> Any:
    return _propose(request, THEME.get(ws(request), id), payload)


@router.get("/proposals", response=list[ProposalOut], tags=["stewardship"])
@paginate(Pagination)
def list_proposals(request: HttpRequest) -> Any:
    """The pending proposals for the records your workspace looks after."""
    return stewardship.proposals_for_steward(actor=request.user, workspace=ws(request)).order_by("created_at", "id")


def _pending(request: HttpRequest, id: int) -> Any:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(stewardship.proposals_for_steward(actor=request.user, workspace=ws(request)), pk=id)


@router.post("/proposals/{id}/accept", response=ProposalOut, tags=["stewardship"])
def accept_proposal(request: HttpRequest, id: Id) -> Any:
    proposal = _pending(request, id)
    stewardship.accept_proposal(actor=request.user, workspace=ws(request), proposal=proposal)
    proposal.refresh_from_db()
    return proposal


@router.post("/proposals/{id}/reject", response=ProposalOut, tags=["stewardship"])
def reject_proposal(request: HttpRequest, id: Id) -> Any:
    proposal = _pending(request, id)
    stewardship.reject_proposal(actor=request.user, workspace=ws(request), proposal=proposal)
    proposal.refresh_from_db()
    return proposal


@router.put("/organisations/{id}/own-values", response=OwnValuesOut, tags=["stewardship"])
def set_own_values(request: HttpRequest, id: Id, payload: OwnValuesIn) -> Any:
    """What your workspace's pages and public page show of the organisation; others keep the shared values."""
    organisation = ORGANISATION.get(ws(request), id)
    override = stewardship.save_override(actor=request.user, workspace=ws(request), organisation=organisation,
                                         values=payload.model_dump())
    return override or {"name": "", "short_name": "", "website": "", "description": {}}


@router.get("/regions", response=list[RegionOut], tags=["regions"])
@paginate(Pagination)
def list_regions(request: HttpRequest, filters: Query[RegionFilters]) -> Any:
    """The NUTS 2021 regions of a country, for an organisation's region."""
    try:
        validate_country(filters.country)
    except ValidationError as error:
        raise ValidationError({"country": error.messages}) from None
    regions = Region.objects.filter(country=filters.country.upper())
    if filters.level is not None:
        regions = regions.filter(level=filters.level)
    return regions.order_by("code")


# The workspace's own records.

def _people(request: HttpRequest, filters: PersonFilters) -> Any:
    filter_form = forms.PersonFilterForm(filters.model_dump(exclude_none=True))
    return selectors.people(ws(request), _filtered(filter_form))


add_routes(router, RecordRoutes(PERSON, "/people", PersonIn, PersonOut, tags=["people"], filters=PersonFilters,
                                listed=_people, module=__name__, docs={
    "delete": "Deletes the person's representations with them; both can be restored from the history."}))
add_routes(router, RecordRoutes(
    MEMBERSHIP, "/memberships", MembershipIn, MembershipOut, tags=["memberships"], plural="memberships",
    listed=lambda request, filters: MEMBERSHIP.queryset(ws(request)).order_by("network__name", "id"),
    module=__name__))
add_routes(router, RecordRoutes(
    REPRESENTATION, "/representations", RepresentationIn, RepresentationOut, tags=["representations"],
    listed=lambda request, filters: selectors.representations(ws(request)).order_by("person__name", "position",
                                                                                    "id"),
    module=__name__))
add_routes(router, RecordRoutes(
    PARTNERSHIP, "/partnerships", PartnershipIn, PartnershipOut, tags=["partnerships"], plural="partnerships",
    listed=lambda request, filters: selectors.partnerships(ws(request)).order_by(
        "organisation__country", "organisation__name", "id"),
    module=__name__))
