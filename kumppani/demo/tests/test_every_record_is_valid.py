"""Every record the demo loads passes the model's own full_clean(), as a form or an import would require."""

from kumppani.activities.models import Activity
from kumppani.directory.models import Membership, Organisation
from kumppani.projects.models import Output, Project, ProjectPartner, StatusChange
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship

MODELS = [Organisation, Membership, Project, ProjectPartner, StatusChange, Output, Activity, GoodPractice,
          AdvocacyItem, Internship, Applicant]


def test_every_demo_record_passes_full_clean(demo):
    checked = 0
    for model in MODELS:
        for record in model.objects.all():
            record.full_clean()
            checked += 1
    assert checked > 250
