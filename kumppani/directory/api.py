"""The directory's JSON endpoints: thin wrappers around the record types, forms and selectors the pages use.

Organisations, themes and regions are the shared directory; people, memberships, representations,
partnerships and notes belong to the token's workspace, and another workspace's ids answer 404.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import P, PatchDict, PathEx, Query, Router, Status
from ninja.pagination import paginate

from kumppani.core.apitools import MAX_ID, Pagination, raise_form_errors
from kumppani.core.apitools import workspace_of as ws
from kumppani.directory import forms, selectors, stewardship
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
from kumppani.workspaces.api_forms import bind_form, create, delete, save_payload, update

router = Router()

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
DELETED = {204: None}


def _filtered(form: Any) -> dict[str, Any]:
    raise_form_errors(form)
    return form.cleaned_data


# Shared directory: organisations, their workspace-private notes, themes, regions.

@router.get("/organisations", response=list[OrganisationOut], tags=["organisations"])
@paginate(Pagination)
def list_organisations(request: HttpRequest, filters: Query[OrganisationFilters]) -> Any:
    """The shared directory, filtered as on the organisations page."""
    given = filters.model_dump(exclude_none=True)
    # With no filter given the form has nothing to check; building it (a choice per country) cost a tenth of a page.
    cleaned = _filtered(forms.OrganisationFilterForm(given)) if given else {}
    return selectors.organisations(cleaned).prefetch_related("themes")


@router.post("/organisations", response={201: OrganisationOut}, tags=["organisations"])
def create_organisation(request: HttpRequest, payload: OrganisationIn) -> Any:
    return Status(201, create(request, ORGANISATION, payload))


@router.get("/organisations/{id}", response=OrganisationOut, tags=["organisations"])
def get_organisation(request: HttpRequest, id: Id) -> Any:
    return ORGANISATION.get(ws(request), id)


@router.patch("/organisations/{id}", response=OrganisationOut, tags=["organisations"])
def update_organisation(request: HttpRequest, id: Id, payload: PatchDict[OrganisationIn]) -> Any:
    """Change the fields given; a translated text changes only the languages given."""
    return update(request, ORGANISATION, id, payload)


@router.delete("/organisations/{id}", response=DELETED, tags=["organisations"])
def delete_organisation(request: HttpRequest, id: Id) -> Any:
    """Refused with 409 while another workspace uses the organisation."""
    delete(request, ORGANISATION, id)
    return Status(204, None)


@router.get("/organisations/{id}/notes", response=list[NoteOut], tags=["organisations"])
@paginate(Pagination)
def list_organisation_notes(request: HttpRequest, id: Id) -> Any:
    """Your workspace's private notes on the organisation, newest first."""
    organisation = ORGANISATION.get(ws(request), id)
    return organisation.notes.filter(workspace=ws(request)).select_related("author").order_by("-created_at", "-id")


@router.post("/organisations/{id}/notes", response={201: NoteOut}, tags=["organisations"])
def add_organisation_note(request: HttpRequest, id: Id, payload: NoteIn) -> Any:
    organisation = ORGANISATION.get(ws(request), id)
    note = save_payload(request, forms.NoteForm, payload.model_dump(), organisation=organisation,
                        author=request.user)
    return Status(201, note)


@router.get("/themes", response=list[ThemeOut], tags=["themes"])
@paginate(Pagination)
def list_themes(request: HttpRequest) -> Any:
    return Theme.objects.order_by("slug", "id")


@router.post("/themes", response={201: ThemeOut}, tags=["themes"])
def create_theme(request: HttpRequest, payload: ThemeIn) -> Any:
    return Status(201, create(request, THEME, payload))


@router.get("/themes/{id}", response=ThemeOut, tags=["themes"])
def get_theme(request: HttpRequest, id: Id) -> Any:
    return THEME.get(ws(request), id)


@router.patch("/themes/{id}", response=ThemeOut, tags=["themes"])
def update_theme(request: HttpRequest, id: Id, payload: ThemeChanges) -> Any:
    """Only the theme's steward (or an instance administrator) changes it: 403 otherwise."""
    return update(request, THEME, id, payload.model_dump(exclude_unset=True))


@router.delete("/themes/{id}", response=DELETED, tags=["themes"])
def delete_theme(request: HttpRequest, id: Id) -> Any:
    """Only the steward deletes; refused with 409 while another workspace's records use the theme."""
    delete(request, THEME, id)
    return Status(204, None)


# Stewardship: proposals to a record's steward, and a workspace's own values.

def _propose(request: HttpRequest, record: Organisation | Theme, payload: ProposalIn) -> Any:
    form_class = forms.OrganisationForm if isinstance(record, Organisation) else forms.ThemeForm
    form = bind_form(form_class, ws(request), payload.changes, record)
    raise_form_errors(form)
    reason = forms.ProposalReasonForm({"reason": payload.reason})  # the page's rules: no NUL, a length
    raise_form_errors(reason)
    proposal = stewardship.propose_change(actor=request.user, workspace=ws(request), record=record,
                                          changes=stewardship.proposed_changes(form),
                                          reason=reason.cleaned_data["reason"])
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
    data = payload.model_dump()
    form = bind_form(forms.OverrideForm, ws(request), data, stewardship.override_of(ws(request), organisation))
    raise_form_errors(form)
    override = stewardship.save_override(actor=request.user, workspace=ws(request), organisation=organisation,
                                         values=form.cleaned_data)
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

@router.get("/people", response=list[PersonOut], tags=["people"])
@paginate(Pagination)
def list_people(request: HttpRequest, filters: Query[PersonFilters]) -> Any:
    filter_form = forms.PersonFilterForm(filters.model_dump(exclude_none=True))
    return selectors.people(ws(request), _filtered(filter_form))


@router.post("/people", response={201: PersonOut}, tags=["people"])
def create_person(request: HttpRequest, payload: PersonIn) -> Any:
    return Status(201, create(request, PERSON, payload))


@router.get("/people/{id}", response=PersonOut, tags=["people"])
def get_person(request: HttpRequest, id: Id) -> Any:
    return PERSON.get(ws(request), id)


@router.patch("/people/{id}", response=PersonOut, tags=["people"])
def update_person(request: HttpRequest, id: Id, payload: PatchDict[PersonIn]) -> Any:
    return update(request, PERSON, id, payload)


@router.delete("/people/{id}", response=DELETED, tags=["people"])
def delete_person(request: HttpRequest, id: Id) -> Any:
    """Deletes the person's representations with them; both can be restored from the history."""
    delete(request, PERSON, id)
    return Status(204, None)


@router.get("/memberships", response=list[MembershipOut], tags=["memberships"])
@paginate(Pagination)
def list_memberships(request: HttpRequest) -> Any:
    return MEMBERSHIP.queryset(ws(request)).order_by("network__name", "id")


@router.post("/memberships", response={201: MembershipOut}, tags=["memberships"])
def create_membership(request: HttpRequest, payload: MembershipIn) -> Any:
    return Status(201, create(request, MEMBERSHIP, payload))


@router.get("/memberships/{id}", response=MembershipOut, tags=["memberships"])
def get_membership(request: HttpRequest, id: Id) -> Any:
    return MEMBERSHIP.get(ws(request), id)


@router.patch("/memberships/{id}", response=MembershipOut, tags=["memberships"])
def update_membership(request: HttpRequest, id: Id, payload: PatchDict[MembershipIn]) -> Any:
    return update(request, MEMBERSHIP, id, payload)


@router.delete("/memberships/{id}", response=DELETED, tags=["memberships"])
def delete_membership(request: HttpRequest, id: Id) -> Any:
    delete(request, MEMBERSHIP, id)
    return Status(204, None)


@router.get("/representations", response=list[RepresentationOut], tags=["representations"])
@paginate(Pagination)
def list_representations(request: HttpRequest) -> Any:
    return selectors.representations(ws(request)).order_by("person__name", "position", "id")


@router.post("/representations", response={201: RepresentationOut}, tags=["representations"])
def create_representation(request: HttpRequest, payload: RepresentationIn) -> Any:
    return Status(201, create(request, REPRESENTATION, payload))


@router.get("/representations/{id}", response=RepresentationOut, tags=["representations"])
def get_representation(request: HttpRequest, id: Id) -> Any:
    return REPRESENTATION.get(ws(request), id)


@router.patch("/representations/{id}", response=RepresentationOut, tags=["representations"])
def update_representation(request: HttpRequest, id: Id, payload: PatchDict[RepresentationIn]) -> Any:
    return update(request, REPRESENTATION, id, payload)


@router.delete("/representations/{id}", response=DELETED, tags=["representations"])
def delete_representation(request: HttpRequest, id: Id) -> Any:
    delete(request, REPRESENTATION, id)
    return Status(204, None)


@router.get("/partnerships", response=list[PartnershipOut], tags=["partnerships"])
@paginate(Pagination)
def list_partnerships(request: HttpRequest) -> Any:
    return selectors.partnerships(ws(request)).order_by("organisation__country", "organisation__name", "id")


@router.post("/partnerships", response={201: PartnershipOut}, tags=["partnerships"])
def create_partnership(request: HttpRequest, payload: PartnershipIn) -> Any:
    return Status(201, create(request, PARTNERSHIP, payload))


@router.get("/partnerships/{id}", response=PartnershipOut, tags=["partnerships"])
def get_partnership(request: HttpRequest, id: Id) -> Any:
    return PARTNERSHIP.get(ws(request), id)


@router.patch("/partnerships/{id}", response=PartnershipOut, tags=["partnerships"])
def update_partnership(request: HttpRequest, id: Id, payload: PatchDict[PartnershipIn]) -> Any:
    return update(request, PARTNERSHIP, id, payload)


@router.delete("/partnerships/{id}", response=DELETED, tags=["partnerships"])
def delete_partnership(request: HttpRequest, id: Id) -> Any:
    delete(request, PARTNERSHIP, id)
    return Status(204, None)

