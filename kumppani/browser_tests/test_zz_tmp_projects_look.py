import datetime
from decimal import Decimal

import pytest

from conftest import PASSWORD
from kumppani.directory.models import Organisation
from kumppani.projects.tests.factories import partner, programme, project


@pytest.mark.django_db(transaction=True)
def test_look(visitor, alice, sepra, kodukant, tourism):
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    for i, status in enumerate(["idea", "preparing", "running", "running", "closed", "rejected"]):
        p = project(sepra, alice, title={"fi": f"Hanke numero {i} pitkällä nimellä"}, status=status,
                    programme=programme())
        partner(p, kodukant, "lead", "1000")
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    tab.goto("/w/sepra/projects/board/")
    tab.page.select_option("#status-1", "submitted")
    tab.page.click("article[data-project='1'] button")
    tab.page.wait_for_timeout(800)
    tab.snap()
    tab.goto("/w/sepra/projects/")
    tab.goto("/w/sepra/projects/new/")
    tab.page.fill("#id_title_fi", "Uusi")
    tab.page.fill("#id_starts_on", "2026-01-01")
    tab.page.fill("#id_ends_on", "2025-01-01")
    tab.page.select_option("#id_partners-0-organisation", str(kodukant.pk))
    tab.page.fill("#id_partners-1-org-search", "") if False else None
    tab.page.locator("#partner-row-1 input.org-search").fill("ERR")
    tab.page.wait_for_timeout(800)
    tab.page.select_option("#id_partners-1-organisation", str(errin.pk))
    tab.page.select_option("#id_partners-1-role", "lead")
    tab.page.select_option("#id_partners-0-role", "lead")
    tab.page.click("button.primary")
    tab.page.wait_for_load_state()
    tab.snap()
    tab.goto("/w/sepra/projects/1/")
