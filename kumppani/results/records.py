"""The record types of the results app and their create, edit and delete pages (detail pages are the app's own)."""

from kumppani.results import forms, selectors
from kumppani.results.models import AdvocacyItem, GoodPractice, Internship
from kumppani.workspaces.records import RecordType

GOOD_PRACTICE = RecordType(
    name="good_practice", plural="good-practices", model=GoodPractice, form_class=forms.GoodPracticeForm,
    queryset=selectors.good_practice_records, namespace="results", own_detail_view=True,
)
ADVOCACY_ITEM = RecordType(
    name="advocacy_item", plural="advocacy", model=AdvocacyItem, form_class=forms.AdvocacyItemForm,
    queryset=selectors.advocacy_records, namespace="results", own_detail_view=True,
)
INTERNSHIP = RecordType(
    name="internship", plural="internships", model=Internship, form_class=forms.InternshipForm,
    queryset=selectors.internship_records, namespace="results", own_detail_view=True,
)

RECORD_TYPES = [GOOD_PRACTICE, ADVOCACY_ITEM, INTERNSHIP]
