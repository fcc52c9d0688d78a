"""Good practices, advocacy items, internships and their applicants of the token's workspace.

Writes go through the record services (kumppani/workspaces/record_services.py); another workspace's ids answer
404. Applicants are personal data: a read-only role gets their names, while e-mail and notes come back as null.
"""

from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, P, PathEx, Router, Schema, Status
from ninja.pagination import paginate

from kumppani.core.api_limits import IdFilter, RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import (
    MAX_ID,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    Pagination,
    RecordId,
    one_of,
    raise_form_errors,
)
from kumppani.core.apitools import workspace_of as ws
from kumppani.directory.models import Theme
from kumppani.results import forms, selectors
from kumppani.results.models import (
    AdvocacyItem,
    Applicant,
    ApplicantStatus,
    GoodPractice,
    Internship,
    InternshipStatus,
    Uptake,
)
from kumppani.results.records import ADVOCACY_ITEM, APPLICANT, GOOD_PRACTICE, INTERNSHIP
from kumppani.workspaces import record_services
from kumppani.workspaces.record_api import RecordRoutes, add_routes

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
    title: Annotated[Translated, text_limits(GoodPractice, "title")]
    learned: Annotated[Translated, text_limits(GoodPractice, "learned")] | None = None
    source_organisation: RecordId | None = Field(None, description="The organisation it was learned from")
    source_country: Annotated[str, limited(GoodPractice, "source_country")] | None = Field(
        None, description="ISO 3166 alpha-2 code")
    source_project: RecordId | None = Field(None, description="A project of the workspace or a public record")
    taken_up_at: Annotated[str, limited(GoodPractice, "taken_up_at")] | None = Field(
        None, description="Where it was taken up, e.g. Virolahti, Pyhtää")
    uptake: Uptake | None = None
    taken_up_on: RecordDate | None = None
    themes: list[RecordId] | None = None


class GoodPracticeChanges(GoodPracticeIn):
    """A change: only the fields sent change (ninja's PatchDict fails on a schema with two translated texts)."""

    title: Annotated[Translated, text_limits(GoodPractice, "title", required=False)] | None = None  # type: ignore[assignment]


class GoodPracticeFilters(Schema):
    q: ListQuery | None = None
    uptake: Annotated[str, one_of(Uptake)] | None = None
    country: CountryFilter | None = Field(None, description="The country of origin")
    theme: Annotated[str, limited(Theme, "slug")] | None = Field(None, description="A theme's slug")


def _good_practices(request: HttpRequest, filters: GoodPracticeFilters) -> Any:
    filter_form = forms.GoodPracticeFilterForm(filters.model_dump(exclude_none=True))
    return selectors.good_practices(ws(request), _filtered(filter_form)).prefetch_related("themes")


add_routes(router, RecordRoutes(GOOD_PRACTICE, "/good-practices", GoodPracticeIn, GoodPracticeOut,
                                GoodPracticeChanges, tags=["good practices"], filters=GoodPracticeFilters,
                                listed=_good_practices, module=__name__))


# Advocacy items

class AdvocacyItemOut(Schema):
    id: int
    topic: Translations
    position: Translations
    channel: int | None = Field(None, alias="channel_id")
    dated: IsoDate
    outcome: Translations


class AdvocacyItemIn(InputSchema):
    topic: Annotated[Translated, text_limits(AdvocacyItem, "topic")]
    position: Annotated[Translated, text_limits(AdvocacyItem, "position")] | None = None
    channel: RecordId | None = Field(None, description="The organisation it went through, e.g. WFEO, FEDARENE")
    dated: RecordDate
    outcome: Annotated[Translated, text_limits(AdvocacyItem, "outcome")] | None = None


class AdvocacyItemChanges(AdvocacyItemIn):
    topic: Annotated[Translated, text_limits(AdvocacyItem, "topic", required=False)] | None = None  # type: ignore[assignment]
    dated: RecordDate | None = None  # type: ignore[assignment]


class AdvocacyFilters(Schema):
    q: ListQuery | None = None
    channel: IdFilter | None = Field(None, description="An organisation id")
    year: int | None = Field(None, ge=1900, le=2100)


def _advocacy_items(request: HttpRequest, filters: AdvocacyFilters) -> Any:
    filter_form = forms.AdvocacyFilterForm(filters.model_dump(exclude_none=True), workspace=ws(request))
    return selectors.advocacy_items(ws(request), _filtered(filter_form))


add_routes(router, RecordRoutes(ADVOCACY_ITEM, "/advocacy-items", AdvocacyItemIn, AdvocacyItemOut,
                                AdvocacyItemChanges, tags=["advocacy"], filters=AdvocacyFilters,
                                plural="advocacy_items", listed=_advocacy_items, module=__name__))


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
    title: Annotated[Translated, text_limits(Internship, "title")]
    task: Annotated[Translated, text_limits(Internship, "task")] | None = None
    status: InternshipStatus | None = None
    apply_by: RecordDate | None = None
    starts_on: RecordDate | None = None
    ends_on: RecordDate | None = None


class InternshipChanges(InternshipIn):
    title: Annotated[Translated, text_limits(Internship, "title", required=False)] | None = None  # type: ignore[assignment]


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
    name: Annotated[str, limited(Applicant, "name")]
    email: Annotated[str, limited(Applicant, "email")] | None = None
    applied_on: RecordDate
    status: ApplicantStatus | None = None
    notes: str | None = None


def _internships(request: HttpRequest, filters: InternshipFilters) -> Any:
    filter_form = forms.InternshipFilterForm(filters.model_dump(exclude_none=True))
    return selectors.internships(ws(request), _filtered(filter_form))


add_routes(router, RecordRoutes(INTERNSHIP, "/internships", InternshipIn, InternshipOut, InternshipChanges,
                                tags=["internships"], filters=InternshipFilters, listed=_internships,
                                module=__name__, docs={
    "delete": "Deletes its applicants with it; both can be restored from the history."}))


@router.get("/internships/{id}/applicants", response=list[ApplicantOut], tags=["internships"])
@paginate(Pagination)
def list_applicants(request: HttpRequest, id: Id) -> Any:
    return selectors.applicants(INTERNSHIP.get(ws(request), id))


@router.post("/internships/{id}/applicants", response={201: ApplicantOut}, tags=["internships"])
def add_applicant(request: HttpRequest, id: Id, payload: ApplicantIn) -> Any:
    internship = INTERNSHIP.get(ws(request), id)
    return Status(201, record_services.save_record(actor=request.user, workspace=ws(request), record_type=APPLICANT,
                                                   values=payload, record=Applicant(internship=internship)))


add_routes(router, RecordRoutes(APPLICANT, "/applicants", ApplicantIn, ApplicantOut, tags=["internships"],
                                operations=("get", "update", "delete"), module=__name__))
