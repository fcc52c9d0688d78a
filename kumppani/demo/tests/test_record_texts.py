"""The demo record is written in Finnish and English, and loading it leaves no history behind."""

from kumppani.activities.models import Activity
from kumppani.audit.models import AuditEntry
from kumppani.projects.models import Output, Project
from kumppani.results.models import AdvocacyItem, GoodPractice, Internship


def test_record_texts_are_in_finnish_and_english(demo):
    texts = [
        *[(project.title, project.summary) for project in Project.objects.all()],
        *[(activity.title, activity.description) for activity in Activity.objects.all()],
        *[(output.title,) for output in Output.objects.all()],
        *[(practice.title, practice.learned) for practice in GoodPractice.objects.all()],
        *[(item.topic, item.position, item.outcome) for item in AdvocacyItem.objects.all()],
        *[(internship.title, internship.task) for internship in Internship.objects.all()],
    ]
    assert len(texts) > 100
    for fields in texts:
        for text in fields:
            assert text["fi"] and text["en"], text


def test_loading_the_record_gives_every_record_its_history_entry(demo):
    assert Project.objects.exists()
    assert AuditEntry.objects.filter(event="project.created").count() == Project.objects.count()
