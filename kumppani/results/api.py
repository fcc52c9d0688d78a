"""Good practices, advocacy items, internships and their applicants of the token's workspace.

Writes are validated by the pages' forms; another workspace's ids answer 404. Applicants are personal data:
a read-only role gets their names, while e-mail and notes come back as null.
"""

from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, P, PatchDict, PathEx, Query, Router, Schema, Status
from ninja.pagination import paginate

from kumppani.audit import writes
from kumppani.core.apitools import (
    MAX_ID,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    Pagination,
    RecordId,
    RequiredText,
    TranslatedText,
    one_of,
    raise_form_errors,
)
from kumppani.core.apitools import workspace_of as ws
from kumppani.results import forms, selectors
from kumppani.results.models import ApplicantStatus, InternshipStatus, Uptake
from kumppani.results.records import ADVOCACY_ITEM, GOOD_PRACTICE, INTERNSHIP
from kumppani.workspaces.api_forms import create, delete, save_payload, update

router = Router()

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
Translations = dict[str, str]


def _filtered(form: Any) -> dict[str, Any]:
    raise_form_errors(form)
    return form.cleaned_data


# Good practices

class GoodPracticeOut(Schema):
    id: int
    title: Translations
    learned: Translations
    source_organisation: int | None = Field(None, alias="source_organisation_id")
    source_country: str
    source_project: int | None = Field(None, alias="source_project_id")
    taken_up_at: str
    uptake: str
    taken_up_on: IsoDate | None
    themes: list[int]

    @staticmethod
    def resolve_themes(obj: Any) -> list[int]:
        return [theme.pk for theme in obj.themes.all()]


class GoodPracticeIn(InputSchema):
    title: RequiredText
    learned: TranslatedText | None = None
    source_organisation: RecordId | None = Field(None, description="The organisation it was learned from")
    source_country: str | None = Field(None, description="ISO 3166 alpha-2 code")
    source_project: RecordId | None = Field(None, description="A project of the workspace or a public record")
    taken_up_at: str | None = Field(None, description="Where it was taken up, e.g. Virolahti, Pyhtää")
    uptake: Uptake | None = None
    taken_up_on: IsoDate | None = None
    themes: list[RecordId] | None = None


class GoodPracticeChanges(GoodPracticeIn):
    """A change: only the fields sent change (ninja's PatchDict fails on a schema with two translated texts)."""

    title: TranslatedText | None = None  # type: ignore[assignment]


class GoodPracticeFilters(Schema):
    q: ListQuery | None = None
    uptake: Annotated[str, one_of(Uptake)] | None = None
    country: CountryFilter | None = Field(None, description="The country of origin")
    theme: str | None = Field(None, description="A theme's slug")


@router.get("/good-practices", response=list[GoodPracticeOut], tags=["good practices"])
@paginate(Pagination)
def list_good_practices(request: HttpRequest, filters: Query[GoodPracticeFilters]) -> Any:
    filter_form = forms.GoodPracticeFilterForm(filters.model_dump(exclude_none=True))
    return selectors.good_practices(ws(request), _filtered(filter_form)).prefetch_related("themes")


@router.post("/good-practices", response={201: GoodPracticeOut}, tags=["good practices"])
def create_good_practice(request: HttpRequest, payload: GoodPracticeIn) -> Any:
    return Status(201, create(request, GOOD_PRACTICE, payload))


@router.get("/good-practices/{id}", response=GoodPracticeOut, tags=["good practices"])
def get_good_practice(request: HttpRequest, id: Id) -> Any:
    return GOOD_PRACTICE.get(ws(request), id)


@router.patch("/good-practices/{id}", response=GoodPracticeOut, tags=["good practices"])
def update_good_practice(request: HttpRequest, id: Id, payload: GoodPracticeChanges) -> Any:
    return update(request, GOOD_PRACTICE, id, payload.model_dump(exclude_unset=True))


@router.delete("/good-practices/{id}", response={204: None}, tags=["good practices"])
def delete_good_practice(request: HttpRequest, id: Id) -> Any:
    delete(request, GOOD_PRACTICE, id)
    return Status(204, None)


# Advocacy items

class AdvocacyItemOut(Schema):
    id: int
    topic: Translations
    position: Translations
    channel: int | None = Field(None, alias="channel_id")
    dated: IsoDate
    outcome: Translations


class AdvocacyItemIn(InputSchema):
    topic: RequiredText
    position: TranslatedText | None = None
    channel: RecordId | None = Field(None, description="The organisation it went through, e.g. WFEO, FEDARENE")
    dated: IsoDate
    outcome: TranslatedText | None = None


class AdvocacyItemChanges(AdvocacyItemIn):
    topic: TranslatedText | None = None  # type: ignore[assignment]
    dated: IsoDate | None = None  # type: ignore[assignment]


class AdvocacyFilters(Schema):
    q: ListQuery | None = None
    channel: int | None = Field(None, description="An organisation id")
    year: int | None = Field(None, ge=1900, le=2100)


@router.get("/advocacy-items", response=list[AdvocacyItemOut], tags=["advocacy"])
@paginate(Pagination)
def list_advocacy_items(request: HttpRequest, filters: Query[AdvocacyFilters]) -> Any:
    filter_form = forms.AdvocacyFilterForm(filters.model_dump(exclude_none=True), workspace=ws(request))
    return selectors.advocacy_items(ws(request), _filtered(filter_form))


@router.post("/advocacy-items", response={201: AdvocacyItemOut}, tags=["advocacy"])
def create_advocacy_item(request: HttpRequest, payload: AdvocacyItemIn) -> Any:
    return Status(201, create(request, ADVOCACY_ITEM, payload))


@router.get("/advocacy-items/{id}", response=AdvocacyItemOut, tags=["advocacy"])
def get_advocacy_item(request: HttpRequest, id: Id) -> Any:
    return ADVOCACY_ITEM.get(ws(request), id)


@router.patch("/advocacy-items/{id}", response=AdvocacyItemOut, tags=["advocacy"])
def update_advocacy_item(request: HttpRequest, id: Id, payload: AdvocacyItemChanges) -> Any:
    return update(request, ADVOCACY_ITEM, id, payload.model_dump(exclude_unset=True))


@router.delete("/advocacy-items/{id}", response={204: None}, tags=["advocacy"])
def delete_advocacy_item(request: HttpRequest, id: Id) -> Any:
    delete(request, ADVOCACY_ITEM, id)
    return Status(204, None)


# Internships and applicants

class InternshipOut(Schema):
    id: int
    title: Translations
    task: Translations
    status: str
    apply_by: IsoDate | None
    starts_on: IsoDate | None
    ends_on: IsoDate | None


class InternshipIn(InputSchema):
    title: RequiredText
    task: TranslatedText | None = None
    status: InternshipStatus | None = None
    apply_by: IsoDate | None = None
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None


class InternshipChanges(InternshipIn):
    title: TranslatedText | None = None  # type: ignore[assignment]


class InternshipFilters(Schema):
    q: ListQuery | None = None
    status: Annotated[str, one_of(InternshipStatus)] | None = None


class ApplicantOut(Schema):
    id: int
    internship: int = Field(alias="internship_id")
    name: str
    email: str | None
    applied_on: IsoDate
    status: str
    notes: str | None

    @staticmethod
    def resolve_email(obj: Any, context: Any) -> str | None:
        return obj.email if selectors.sees_applicant_details(context["request"].member) else None

    @staticmethod
    def resolve_notes(obj: Any, context: Any) -> str | None:
        return obj.notes if selectors.sees_applicant_details(context["request"].member) else None


class ApplicantIn(InputSchema):
    name: str
    email: str | None = None
    applied_on: IsoDate
    status: ApplicantStatus | None = None
    notes: str | None = None


@router.get("/internships", response=list[InternshipOut], tags=["internships"])
@paginate(Pagination)
def list_internships(request: HttpRequest, filters: Query[InternshipFilters]) -> Any:
    filter_form = forms.InternshipFilterForm(filters.model_dump(exclude_none=True))
    return selectors.internships(ws(request), _filtered(filter_form))


@router.post("/internships", response={201: InternshipOut}, tags=["internships"])
def create_internship(request: HttpRequest, payload: InternshipIn) -> Any:
    return Status(201, create(request, INTERNSHIP, payload))


@router.get("/internships/{id}", response=InternshipOut, tags=["internships"])
def get_internship(request: HttpRequest, id: Id) -> Any:
    return INTERNSHIP.get(ws(request), id)


@router.patch("/internships/{id}", response=InternshipOut, tags=["internships"])
def update_internship(request: HttpRequest, id: Id, payload: InternshipChanges) -> Any:
    return update(request, INTERNSHIP, id, payload.model_dump(exclude_unset=True))


@router.delete("/internships/{id}", response={204: None}, tags=["internships"])
def delete_internship(request: HttpRequest, id: Id) -> Any:
    """Deletes its applicants with it; both can be restored from the history."""
    delete(request, INTERNSHIP, id)
    return Status(204, None)


@router.get("/internships/{id}/applicants", response=list[ApplicantOut], tags=["internships"])
@paginate(Pagination)
def list_applicants(request: HttpRequest, id: Id) -> Any:
    return selectors.applicants(INTERNSHIP.get(ws(request), id))


@router.post("/internships/{id}/applicants", response={201: ApplicantOut}, tags=["internships"])
def add_applicant(request: HttpRequest, id: Id, payload: ApplicantIn) -> Any:
    internship = INTERNSHIP.get(ws(request), id)
    return Status(201, save_payload(request, forms.ApplicantForm, payload.model_dump(exclude_unset=True),
                                    internship=internship))


def _applicant(request: HttpRequest, id: int) -> Any:
    return get_object_or_404(selectors.applicant_records(ws(request)), pk=id)


@router.get("/applicants/{id}", response=ApplicantOut, tags=["internships"])
def get_applicant(request: HttpRequest, id: Id) -> Any:
    return _applicant(request, id)


@router.patch("/applicants/{id}", response=ApplicantOut, tags=["internships"])
def update_applicant(request: HttpRequest, id: Id, payload: PatchDict[ApplicantIn]) -> Any:
    return save_payload(request, forms.ApplicantForm, payload, _applicant(request, id))


@router.delete("/applicants/{id}", response={204: None}, tags=["internships"])
def delete_applicant(request: HttpRequest, id: Id) -> Any:
    writes.delete_record(request.user, ws(request), _applicant(request, id))
    return Status(204, None)
