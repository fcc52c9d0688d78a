"""SQLite takes one writer at a time: writers queue in the busy timeout, and one that still cannot get the lock is
answered 503 with Retry-After (JSON in the API, a "busy" page elsewhere), never a 500.

pytest's SQLite database lives in memory, where no other connection can hold its lock; these tests copy it into a
file, point Django's connection at the file with a short busy timeout, and hold the write lock from a second
connection. PostgreSQL has no such lock, so they run on SQLite only.
"""

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection

from kumppani.directory.models import Person
from kumppani.directory.tests.api_client import api_for


@pytest.fixture
def sqlite_file(transactional_db, tmp_path) -> Iterator[Path]:
    """The file's path; use_file_database fills it once the test's rows exist. Back to the memory database
    before transactional_db empties it."""
    if connection.vendor != "sqlite":
        pytest.skip("the write lock is SQLite's")
    yield tmp_path / "kumppani.sqlite3"
    while _restore:
        memory_connection, settings_dict = _restore.pop()
        if connection.connection is not None:
            connection.connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(settings_dict)
        connection.connection = memory_connection


_restore: list = []


def use_file_database(path: Path, timeout: float) -> None:
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
        target.execute("PRAGMA journal_mode=WAL")  # as the app's database is
    _restore.append((connection.connection, dict(connection.settings_dict)))
    connection.connection = None
    connection.settings_dict["NAME"] = str(path)
    connection.settings_dict["OPTIONS"] = {**connection.settings_dict["OPTIONS"], "timeout": timeout}


def hold_write_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_an_api_write_that_cannot_get_the_lock_answers_json_503(sqlite_file, alice, sepra):
    api = api_for(alice, sepra)
    use_file_database(sqlite_file, timeout=0.2)
    holder = hold_write_lock(sqlite_file)
    try:
        response = api.post("/people", {"name": "Sari Sepralainen"})
    finally:
        holder.rollback()
        holder.close()

    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response["Retry-After"].isdigit()
    assert "busy" in response.json()["detail"]
    assert not Person.objects.filter(name="Sari Sepralainen").exists()


def test_a_page_write_that_cannot_get_the_lock_answers_a_busy_page(sqlite_file, client, alice):
    client.force_login(alice)
    use_file_database(sqlite_file, timeout=0.2)
    holder = hold_write_lock(sqlite_file)
    try:
        response = client.post("/w/sepra/organisations/new/", {"name": "Lukko Oy", "type": "company",
                                                                "country": "FI"}, HTTP_ACCEPT_LANGUAGE="en")
    finally:
        holder.rollback()
        holder.close()

    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert response["Content-Type"].startswith("text/html")
    assert "The service is busy" in response.content.decode()


def test_a_writer_waits_for_the_lock_and_then_writes(sqlite_file, alice, sepra):
    api = api_for(alice, sepra)
    use_file_database(sqlite_file, timeout=10)
    holder = hold_write_lock(sqlite_file)

    def release_soon() -> None:
        time.sleep(0.3)
        holder.commit()

    releaser = threading.Thread(target=release_soon)
    releaser.start()
    response = api.post("/people", {"name": "Sari Sepralainen"})
    releaser.join()
    holder.close()

    assert response.status_code == 201
    assert Person.objects.filter(name="Sari Sepralainen").exists()
