"""A programme missing from the funding catalogue does not stop the demo: the project loads without one."""

import logging

from kumppani.demo.loader import load_demo
from kumppani.funding.models import Programme
from kumppani.projects.models import Project


def test_project_whose_programme_is_missing_loads_without_one_and_is_named_in_a_warning(db, caplog):
    Programme.objects.filter(slug="emfaf-finland").delete()
    with caplog.at_level(logging.WARNING, logger="kumppani.demo.loader"):
        load_demo()
    fishing = Project.objects.get(workspace__slug="sepra", title__en__startswith="Fishing tourism")
    assert fishing.programme is None
    assert "fish-tourism" in caplog.text and "emfaf-finland" in caplog.text
