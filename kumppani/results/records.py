"""The record types of the results app and their create, edit and delete pages (detail pages are the app's own)."""

from kumppani.activities.forms import linkable_projects
from kumppani.directory.models import country_code
from kumppani.results import forms, selectors
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship
from kumppani.workspaces.records import RecordType

GOOD_PRACTICE = RecordType(
    name="good_practice", plural="good-practices", model=GoodPractice, form_class=forms.GoodPracticeForm,
    queryset=selectors.good_practice_records, namespace="results", own_detail_view=True,
    links={"source_project": linkable_projects}, normalise={"source_country": country_code},
)
ADVOCACY_ITEM = RecordType(
    name="advocacy_item", plural="advocacy", model=AdvocacyItem, form_class=forms.AdvocacyItemForm,
    queryset=selectors.advocacy_records, namespace="results", own_detail_view=True,
)
INTERNSHIP = RecordType(
    name="internship", plural="internships", model=Internship, form_class=forms.InternshipForm,
    queryset=selectors.internship_records, namespace="results", own_detail_view=True,
)
# Applicants have no pages of their own (they are on their internship's page): API routes and the service only.
APPLICANT = RecordType(
    name="applicant", plural="applicants", model=Applicant, form_class=forms.ApplicantForm,
    queryset=selectors.applicant_records, namespace="results", own_detail_view=True,
)

RECORD_TYPES = [GOOD_PRACTICE, ADVOCACY_ITEM, INTERNSHIP]
