"""Partner search over the JSON API: the search page's form and engine, answering ranked organisations with the
reasons for each. The token's workspace decides which private projects count as evidence: its own only.

GET /partners/search takes the description in `q`; POST takes the same fields as a JSON body, for descriptions
too long for a URL. Refused input answers 422 with the field: {"detail": …, "errors": {"q": ["…"]}}.
"""

from typing import Annotated, Any, cast

from django.forms import CharField
from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja import Field, P, PathEx, Query, Router, Schema
from pydantic import WithJsonSchema

from kumppani.accounts.api_auth import ApiTokenAuth
from kumppani.core.apitools import MAX_ID, BodyInt, CountryCode, InputSchema, one_of, raise_form_errors
from kumppani.core.apitools import workspace_of as ws
from kumppani.directory.models import OrganisationType
from kumppani.directory.records import ORGANISATION
from kumppani.partners.forms import DEFAULT_LIMIT, MAX_LIMIT, PartnerSearchFilterForm, PartnerSearchForm
from kumppani.partners.search import MAX_QUERY_CHARS, PartnerHit

router = Router(tags=["partner search"])

OrganisationId = PathEx[int, P(ge=1, le=MAX_ID, description="The organisation's id")]

COUNTRY = "ISO 3166 alpha-2 codes of the countries wanted, e.g. FI; repeat for several"
REGION = "NUTS codes of the regions wanted, e.g. FI19 (a code includes its sub-regions); repeat for several"
TYPE = "Organisation types wanted, e.g. university; repeat for several"
LIMIT = f"How many organisations, best first (1–{MAX_LIMIT})"
QUERY = "The project described in a few words or paragraphs, in any language"
# The form's limits, which it checks with its messages under the parameter's name: its regions are one text of
# codes at most this long; its types, the organisation types.
REGIONS_LENGTH = cast(CharField, PartnerSearchFilterForm.base_fields["region"]).max_length
Regions = list[Annotated[str, WithJsonSchema({"type": "string", "maxLength": REGIONS_LENGTH})]]
Types = list[Annotated[str, one_of(OrganisationType, blank=False)]]


class FilterParameters(Schema):
    country: list[CountryCode] = Field([], description=COUNTRY)
    region: Regions = Field([], description=REGION)
    type: Types = Field([], description=TYPE)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=LIMIT)


class SearchParameters(FilterParameters):
    q: str = Field("", max_length=MAX_QUERY_CHARS, description=QUERY)


class SearchIn(InputSchema):
    q: str = Field(max_length=MAX_QUERY_CHARS, description=QUERY)
    country: list[CountryCode] = Field([], description=COUNTRY)
    region: Regions = Field([], description=REGION)
    type: Types = Field([], description=TYPE)
    limit: BodyInt = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=LIMIT)


class MatchingProjectOut(Schema):
    id: int
    title: str
    year: int | None
    own: bool = Field(description="Your workspace's own project")


class ThemeRef(Schema):
    id: int
    slug: str
    name: dict[str, str]


class PartnerMatchOut(Schema):
    id: int
    name: str
    country: str
    region: str | None = Field(description="The organisation's NUTS code")
    type: str
    score: float
    matched_terms: list[str] = Field(description="The query's words found in the organisation's profile")
    matching_projects: list[MatchingProjectOut] = Field(description="Its best matching projects, at most 5")
    themes: list[ThemeRef] = Field(description="Its themes that match the query")
    cooperation: str | None = Field(description="Your workspace's cooperation with it, if any")


class PartnersOut(Schema):
    count: int
    items: list[PartnerMatchOut]


def _form_data(parameters: FilterParameters | SearchIn) -> MultiValueDict:
    data = MultiValueDict({"country": parameters.country, "region": [" ".join(parameters.region)],
                           "type": parameters.type, "limit": [str(parameters.limit)]})
    if isinstance(parameters, SearchParameters | SearchIn):
        data["q"] = parameters.q
    return data


def partner_data(hit: PartnerHit) -> dict[str, Any]:
    organisation = hit.organisation
    return {
        "id": organisation.pk, "name": organisation.name, "country": organisation.country,
        "region": organisation.region.code if organisation.region else None, "type": organisation.type,
        "score": hit.score, "matched_terms": hit.matched_terms,
        "matching_projects": [{"id": project.project_id, "title": project.title, "year": project.year,
                               "own": project.is_own} for project in hit.matching_projects],
        "themes": [{"id": theme.pk, "slug": theme.slug, "name": theme.name} for theme in hit.matching_themes],
        "cooperation": hit.cooperation,
    }


def partners_data(hits: list[PartnerHit]) -> dict[str, Any]:
    return {"count": len(hits), "items": [partner_data(hit) for hit in hits]}


def _search(request: HttpRequest, parameters: SearchParameters | SearchIn) -> dict[str, Any]:
    form = PartnerSearchForm(_form_data(parameters))
    hits = form.search(ws(request))
    raise_form_errors(form)
    return partners_data(hits)


@router.get("/partners/search", response=PartnersOut)
def search_partners(request: HttpRequest, filters: Query[SearchParameters]) -> Any:
    """The organisations with the best matching expertise for a project, best first, with the reasons."""
    return _search(request, filters)


@router.post("/partners/search", response=PartnersOut, auth=ApiTokenAuth(read_only=True))
def search_partners_by_body(request: HttpRequest, payload: SearchIn) -> Any:
    """The same search with the description in a JSON body, for descriptions too long for a URL."""
    return _search(request, payload)


@router.get("/partners/like/{organisation_id}", response=PartnersOut)
def partners_like(request: HttpRequest, organisation_id: OrganisationId, filters: Query[FilterParameters]) -> Any:
    """The organisations most like the given one (itself excluded), best first, with the reasons."""
    organisation = ORGANISATION.get(ws(request), organisation_id)
    form = PartnerSearchFilterForm(_form_data(filters))
    hits = form.results(ws(request), organisation)
    raise_form_errors(form)
    return partners_data(hits)
