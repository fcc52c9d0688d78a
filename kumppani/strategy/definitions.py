"""What an indicator counts: the fixed filter fields per source, their validation and their explanation in words.

A definition is a source (activities, projects…), an aggregate (count or a sum) and a dict of filters whose keys
come only from FILTER_FIELDS: never code or SQL.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kumppani.activities.models import ActivityType
from kumppani.core.translated import localized
from kumppani.directory.models import (
    MembershipStatus,
    PartnershipStatus,
    PersonKind,
    RepresentationRole,
    country_name,
)
from kumppani.projects.models import OutputKind, Status
from kumppani.results.models import Uptake
from kumppani.strategy.models import Aggregate, Source

CHOICE = "choice"
MULTI_CHOICE = "multi-choice"
BOOL = "bool"
INT = "int"
DATE_RANGE = "date-range"

Choices = list[tuple[str, str]]


def _themes(workspace: Any = None) -> Choices:
    from kumppani.directory.models import Theme

    return [(t.slug, localized(t.name)) for t in Theme.objects.all()]


def _programmes(workspace: Any = None) -> Choices:
    from kumppani.funding.models import Programme

    return [(p.slug, p.short_name or localized(p.name)) for p in Programme.objects.order_by("slug")]


def _countries(workspace: Any = None) -> Choices:
    import pycountry

    return sorted(((c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries), key=lambda pair: pair[1])


def _focus_areas(workspace: Any = None) -> Choices:
    from kumppani.workspaces.models import FocusArea

    areas = FocusArea.objects.all() if workspace is None else FocusArea.objects.filter(workspace=workspace)
    return [(str(a.pk), localized(a.title)) for a in areas]


def _networks(workspace: Any = None) -> Choices:
    from kumppani.directory.models import Organisation, OrganisationType

    networks = Organisation.objects.filter(type=OrganisationType.NETWORK)
    if workspace is not None:
        networks = Organisation.objects.filter(network_memberships__workspace=workspace)
    return [(str(o.pk), str(o)) for o in networks.order_by("name")]


def _fixed(text_choices: Any) -> Callable[[Any], Choices]:
    def choices(workspace: Any = None) -> Choices:
        return [(value, str(label)) for value, label in text_choices.choices]

    return choices


@dataclass(frozen=True)
class FilterField:
    name: str
    label: Any
    kind: str
    options: Callable[[Any], Choices] | None = field(default=None, compare=False)
    # How the field reads in describe(), e.g. "of type %(values)s"; bools read as their label.
    wording: Any = ""

    @property
    def choices(self) -> Choices:
        """All choices; use choices_for(workspace) in a workspace's pages (focus areas, networks are its own)."""
        return self.choices_for(None)

    def choices_for(self, workspace: Any) -> Choices:
        return self.options(workspace) if self.options else []


def _multi(name: str, label: Any, options: Callable[[Any], Choices], wording: Any) -> FilterField:
    return FilterField(name, label, MULTI_CHOICE, options, wording)


THEME = _multi("theme", _("theme"), _themes, _("on the theme %(values)s"))
FOCUS_AREA = _multi("focus_area", _("focus area"), _focus_areas, _("in the focus area %(values)s"))
NEW_IN_PERIOD = FilterField("new_in_period", _("new within the period"), BOOL, wording=_("new within the period"))

FILTER_FIELDS: dict[str, list[FilterField]] = {
    Source.ACTIVITIES: [
        _multi("type", _("type"), _fixed(ActivityType), _("of type %(values)s")),
        FilterField("international", _("international"), BOOL, wording=_("international")),
        FilterField("youth_led", _("carried out by young people"), BOOL, wording=_("carried out by young people")),
        FilterField("crosses_area_types", _("crosses area types"), BOOL, wording=_("crossing area types")),
        FilterField("history_based", _("based on local history"), BOOL, wording=_("based on local history")),
        THEME,
        _multi("country", _("country"), _countries, _("in %(values)s")),
        _multi("project_status", _("project status"), _fixed(Status), _("in projects with status %(values)s")),
        FOCUS_AREA,
        _multi("network", _("network"), _networks, _("within the network %(values)s")),
    ],
    Source.PROJECTS: [
        _multi("status", _("status"), _fixed(Status), _("with status %(values)s")),
        _multi("programme", _("programme"), _programmes, _("funded by %(values)s")),
        THEME,
        _multi("partner_country", _("country of partners"), _countries, _("with partners in %(values)s")),
        FilterField("min_partners", _("at least this many partners"), INT,
                    wording=_("with at least %(values)s partners")),
        NEW_IN_PERIOD,
        FOCUS_AREA,
    ],
    Source.PARTNERSHIPS: [
        _multi("status", _("status"), _fixed(PartnershipStatus), _("with status %(values)s")),
        THEME,
        _multi("country", _("country"), _countries, _("in %(values)s")),
        NEW_IN_PERIOD,
    ],
    Source.MEMBERSHIPS: [
        _multi("status", _("status"), _fixed(MembershipStatus), _("with status %(values)s")),
        FilterField("international", _("international network"), BOOL,
                    wording=_("in international networks")),
        NEW_IN_PERIOD,
    ],
    Source.OUTPUTS: [
        _multi("kind", _("type"), _fixed(OutputKind), _("of type %(values)s")),
        _multi("project_status", _("project status"), _fixed(Status), _("of projects with status %(values)s")),
        FOCUS_AREA,
    ],
    Source.GOOD_PRACTICES: [
        _multi("uptake", _("how far taken up"), _fixed(Uptake), _("taken up as far as %(values)s")),
        _multi("country", _("country of origin"), _countries, _("from %(values)s")),
        THEME,
    ],
    Source.REPRESENTATIONS: [
        _multi("person_kind", _("who represents"), _fixed(PersonKind), _("by %(values)s")),
        _multi("role", _("role"), _fixed(RepresentationRole), _("as %(values)s")),
        _multi("network", _("network"), _networks, _("in the network %(values)s")),
        NEW_IN_PERIOD,
    ],
    Source.MANUAL: [],
}

AGGREGATES: dict[str, list[str]] = {
    Source.ACTIVITIES: [Aggregate.COUNT, Aggregate.PARTICIPANTS, Aggregate.YOUNG_PARTICIPANTS],
    Source.PROJECTS: [Aggregate.COUNT, Aggregate.TOTAL_BUDGET, Aggregate.GRANT],
    Source.PARTNERSHIPS: [Aggregate.COUNT],
    Source.MEMBERSHIPS: [Aggregate.COUNT],
    Source.OUTPUTS: [Aggregate.COUNT],
    Source.GOOD_PRACTICES: [Aggregate.COUNT],
    Source.REPRESENTATIONS: [Aggregate.COUNT],
    Source.MANUAL: [Aggregate.COUNT],
}

# The date that places a record in a year and in the period.
DATE_FIELDS: dict[str, str] = {
    Source.ACTIVITIES: "starts_on",
    Source.PROJECTS: "starts_on",
    Source.PARTNERSHIPS: "since",
    Source.MEMBERSHIPS: "since",
    Source.OUTPUTS: "delivered_on",
    Source.GOOD_PRACTICES: "taken_up_on",
    Source.REPRESENTATIONS: "starts_on",
}

SOURCE_NOUNS: dict[str, Any] = {
    Source.ACTIVITIES: _("activities"),
    Source.PROJECTS: _("projects"),
    Source.PARTNERSHIPS: _("partnerships"),
    Source.MEMBERSHIPS: _("network memberships"),
    Source.OUTPUTS: _("project outputs"),
    Source.GOOD_PRACTICES: _("good practices"),
    Source.REPRESENTATIONS: _("representations in networks"),
}

AGGREGATE_WORDS: dict[str, Any] = {
    Aggregate.PARTICIPANTS: _("participants in %(records)s"),
    Aggregate.YOUNG_PARTICIPANTS: _("young participants in %(records)s"),
    Aggregate.TOTAL_BUDGET: _("total budgets of %(records)s"),
    Aggregate.GRANT: _("grants of %(records)s"),
}


def fields_of(source: str) -> dict[str, FilterField]:
    return {f.name: f for f in FILTER_FIELDS.get(source, [])}


def _clean_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(_("Give true or false."))


def _clean_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(_("Give a whole number, zero or more."))
    return value


def _clean_multi(filter_field: FilterField, value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
        raise ValidationError(_("Give a list of choices."))
    given = [str(v) for v in values]
    known = {choice for choice, _label in filter_field.choices}
    unknown = [v for v in given if v not in known]
    if unknown:
        raise ValidationError(_("Unknown choice: %(values)s."), params={"values": ", ".join(unknown)})
    return list(dict.fromkeys(given))


def _clean_value(filter_field: FilterField, value: Any) -> Any:
    if filter_field.kind == BOOL:
        return _clean_bool(value)
    if filter_field.kind == INT:
        return _clean_int(value)
    return _clean_multi(filter_field, value)


def clean_filters(source: str, aggregate: str, filters: dict[str, Any] | None) -> dict[str, Any]:
    """The filters checked and normalised; ValidationError({key: [messages]}) names each wrong key."""
    if source not in SOURCE_NOUNS and source != Source.MANUAL:
        raise ValidationError({"source": [gettext("Unknown source.")]})
    if aggregate not in AGGREGATES[source]:
        raise ValidationError({"aggregate": [gettext("This value cannot be computed from this source.")]})
    if filters is None:
        return {}
    if not isinstance(filters, dict):
        raise ValidationError({"filters": [gettext("Give the filters as an object of fields and values.")]})
    known = fields_of(source)
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    for key, value in filters.items():
        if key not in known:
            errors[key] = [gettext("Unknown filter field.")]
            continue
        try:
            cleaned[key] = _clean_value(known[key], value)
        except ValidationError as error:
            errors[key] = error.messages
    if errors:
        raise ValidationError(errors)
    return cleaned


def _or_list(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return gettext("%(first)s or %(last)s") % {"first": ", ".join(labels[:-1]), "last": labels[-1]}


def _describe_filter(filter_field: FilterField, value: Any, workspace: Any) -> str:
    if filter_field.kind == BOOL:
        return str(filter_field.wording) if value else gettext("not %(what)s") % {"what": filter_field.wording}
    if filter_field.kind == INT:
        return str(filter_field.wording) % {"values": value}
    labels = dict(filter_field.choices_for(workspace))
    names = [str(labels.get(str(v), v)) for v in value]
    return str(filter_field.wording) % {"values": _or_list([n.lower() if _lower(filter_field) else n for n in names])}


def _lower(filter_field: FilterField) -> bool:
    """Fixed choices (types, statuses) read in lower case inside a sentence; names (countries, themes) keep theirs."""
    return filter_field.name in {"type", "status", "project_status", "kind", "uptake", "person_kind", "role"}


def period_text(starts_on: date, ends_on: date) -> str:
    return f"{date_format(starts_on, 'SHORT_DATE_FORMAT')}–{date_format(ends_on, 'SHORT_DATE_FORMAT')}"


COUNTING_RULES: dict[str, Any] = {
    Source.ACTIVITIES: _("Achieved: activities that have begun by the as-of date; later ones are shown as planned."),
    Source.PROJECTS: _("Achieved: approved, running or closed projects whose start date has come by the as-of date; "
                       "ideas, projects in preparation or submitted, and projects starting later are shown as "
                       "planned; rejected projects never count."),
    Source.PARTNERSHIPS: _("Achieved: partnerships that began by the as-of date (or have no start date); later ones "
                           "are shown as planned."),
    Source.MEMBERSHIPS: _("Achieved: active or ended memberships that began by the as-of date (or have no start "
                          "date); applications and later starts are shown as planned."),
    Source.OUTPUTS: _("Achieved: outputs delivered by the as-of date; later ones are shown as planned."),
    Source.GOOD_PRACTICES: _("Achieved: good practices taken up by the as-of date; later ones are shown as planned."),
    Source.REPRESENTATIONS: _("Achieved: representations whose term began by the as-of date (or has no start "
                              "date); later ones are shown as planned."),
    Source.MANUAL: _("Achieved: the values entered for the years up to the as-of date."),
}
NAMED_STATUSES_RULE = _("Achieved: records with the statuses named above whose date has come by the as-of date; "
                        "later ones are shown as planned.")


def counting_rule(indicator: Any) -> str:
    """Which states and dates count as achieved, and which are shown as planned."""
    if indicator.source in (Source.PROJECTS, Source.MEMBERSHIPS) and "status" in (indicator.filters or {}):
        return str(NAMED_STATUSES_RULE)
    return str(COUNTING_RULES[indicator.source])


def describe(indicator: Any) -> str:
    """The definition in words in the active language, e.g. "activities of type workshop, international, 1.1.2023-…",
    followed by the sentence that says which states and dates count as achieved."""
    return f"{describe_records(indicator)}. {counting_rule(indicator)}"


def describe_records(indicator: Any) -> str:
    """Which records, in words: "activities of type workshop, international, 1.1.2023-31.12.2027"."""
    strategy = indicator.strategy
    period = period_text(strategy.starts_on, strategy.ends_on)
    if indicator.source == Source.MANUAL:
        return gettext("entered by hand per year, %(period)s") % {"period": period}
    records = str(SOURCE_NOUNS[indicator.source])
    if indicator.aggregate in AGGREGATE_WORDS:
        records = str(AGGREGATE_WORDS[indicator.aggregate]) % {"records": records}
    known = fields_of(indicator.source)
    parts = [records]
    parts += [_describe_filter(known[key], value, indicator.workspace)
              for key, value in (indicator.filters or {}).items() if key in known]
    parts.append(period)
    return ", ".join(parts)
