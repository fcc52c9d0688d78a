"""Two writers that change one organisation's profile at once both succeed: found by bench/concurrency.py, where
two notes on one organisation made PostgreSQL refuse the second (both transactions deleted and inserted the same
postings). The organisations' rows are locked while they are reindexed, so the second waits for the first."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, OrganisationNote
from kumppani.partners.models import WorkspacePosting
from kumppani.partners.tests.writing import created


@pytest.mark.django_db(transaction=True)
def test_two_notes_on_one_organisation_at_once_are_both_saved_and_indexed(alice, sepra):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's IMMEDIATE transactions let one writer in at a time")
    organisation = created(Organisation, name="Yhteinen Oy", country="FI")
    first_written, finish_first = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def write(text: str, hold: bool) -> None:
        try:
            with transaction.atomic():
                create_record(alice, sepra, OrganisationNote(organisation=organisation, author=alice, text=text))
                if hold:
                    first_written.set()
                    finish_first.wait(10)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    first = threading.Thread(target=write, args=("Kalastusmatkailu", True))
    second = threading.Thread(target=write, args=("Kalastusmatkailu ja luonto", False))
    first.start()
    assert first_written.wait(10)
    second.start()
    time.sleep(0.5)  # the second is now waiting for the first's lock (or, without it, for its inserted rows)
    finish_first.set()
    first.join(20)
    second.join(20)

    assert errors == []
    assert OrganisationNote.objects.filter(organisation=organisation).count() == 2
    assert WorkspacePosting.objects.filter(workspace=sepra, organisation=organisation).exists()
