"""The activity record type: its create, edit and delete pages (the detail page is the app's own), and the columns
of its CSV and XLSX export."""

from django.conf import settings

from kumppani.activities import forms, selectors
from kumppani.activities.models import Activity
from kumppani.core.columns import Column, attribute, slugs, translated
from kumppani.directory.models import country_code, country_codes
from kumppani.workspaces.records import RecordType


def _name_of(name: str, column: str = "") -> Column:
    """A link shown by the linked record's name ("" when there is none)."""
    return Column(column or name, lambda activity: str(getattr(activity, name) or ""), field=name)


def _organisers(activity: Activity) -> str:
    return "; ".join(sorted(str(organisation.name) for organisation in activity.organisers.all()))


COLUMNS = [
    Column("id", lambda activity: activity.pk, "number"), attribute("type"),
    *translated("title", settings.LANGUAGE_CODES), *translated("description", settings.LANGUAGE_CODES),
    attribute("starts_on", "date"), attribute("ends_on", "date"), attribute("country"), attribute("town"),
    Column("organisers", _organisers, field="organisers"), _name_of("project"), _name_of("membership", "network"),
    _name_of("focus_area"), slugs("themes"),
    *[attribute(name, "number") for name in ("participants", "young_participants", "women", "men", "other_gender",
                                             "organisations_represented")],
    Column("countries_represented", lambda activity: ";".join(activity.countries_represented or []),
           field="countries_represented"),
    *[attribute(flag, "boolean") for flag in selectors.FLAGS],
]


ACTIVITY = RecordType(
    name="activity", plural="activities", model=Activity, form_class=forms.ActivityForm,
    queryset=selectors.activity_records, namespace="activities", own_detail_view=True,
    links={"project": forms.linkable_projects, "people": forms.linkable_people},
    normalise={"country": country_code, "countries_represented": country_codes},
    columns=COLUMNS,
)
