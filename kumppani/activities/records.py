"""The activity record type: its create, edit and delete pages (the detail page is the app's own)."""

from kumppani.activities import forms, selectors
from kumppani.activities.models import Activity
from kumppani.directory.models import country_code, country_codes
from kumppani.workspaces.records import RecordType

ACTIVITY = RecordType(
    name="activity", plural="activities", model=Activity, form_class=forms.ActivityForm,
    queryset=selectors.activity_records, namespace="activities", own_detail_view=True,
    links={"project": forms.linkable_projects, "people": forms.linkable_people},
    normalise={"country": country_code, "countries_represented": country_codes},
)
