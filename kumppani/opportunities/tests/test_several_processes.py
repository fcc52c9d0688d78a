"""Several processes share a digest run: each subscriber's message goes out exactly once, whatever the partition,
and what a failed process claimed is sent by the next run.

The runs with processes need a database that other processes see: PostgreSQL, or SQLite in a file. pytest's SQLite
test database lives in memory, where send_digests falls back to one process, so those tests run on PostgreSQL
(scripts/with-postgres.sh) and are skipped on SQLite; the partition itself is checked on both.
"""

import collections
import datetime

import pytest
from django.db import connection

from kumppani.opportunities import delivery
from kumppani.opportunities.delivery import send_digests, subscriber_chunks
from kumppani.opportunities.models import Delivery


@pytest.fixture
def shared_database(transactional_db):
    """Committed rows in a database other processes see (known only once the test database exists)."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():  # type: ignore[attr-defined]
        pytest.skip("child processes cannot see an in-memory SQLite database")


def addresses(count: int) -> list[str]:
    return [f"reader{index}@example.fi" for index in range(count)]


def test_shares_of_two_processes_cover_every_subscriber_once(make_subscriber, sepra):
    subscribers = [make_subscriber(email=email) for email in addresses(9)]
    shares = [[row.id for chunk in subscriber_chunks(sepra, chunk_size=2, share=(number, 2)) for row in chunk]
              for number in range(2)]
    assert not set(shares[0]) & set(shares[1])
    assert sorted(shares[0] + shares[1]) == sorted(subscriber.pk for subscriber in subscribers)


@pytest.mark.django_db(transaction=True)
def test_two_processes_send_each_message_exactly_once(shared_database, make_subscriber, make_opportunity, now,
                                                      smtp_server):
    for email in addresses(12):
        make_subscriber(email=email)
    make_opportunity()
    report = send_digests(now=now, processes=2)
    assert report.messages_sent == 12
    assert sorted(message["To"] for message in smtp_server.messages) == sorted(addresses(12))
    assert collections.Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 12}
    assert send_digests(now=now + datetime.timedelta(minutes=1), processes=2).messages_sent == 0
    assert len(smtp_server.messages) == 12


@pytest.mark.django_db(transaction=True)
def test_a_share_left_midway_is_sent_by_the_next_run_with_two_processes(shared_database, make_subscriber,
                                                                         make_opportunity, now, smtp_server,
                                                                         monkeypatch):
    for email in addresses(12):
        make_subscriber(email=email)
    make_opportunity()
    compose = delivery.compose_digest
    composed = []

    def crash_after_two(*args, **kwargs):
        if len(composed) == 2:
            raise KeyboardInterrupt
        composed.append(1)
        return compose(*args, **kwargs)

    monkeypatch.setattr(delivery, "compose_digest", crash_after_two)
    with pytest.raises(KeyboardInterrupt):  # as the process with the second share would, had it crashed
        send_digests(now=now, share=(1, 2))
    assert collections.Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 2, "queued": 4}

    monkeypatch.setattr(delivery, "compose_digest", compose)
    report = send_digests(now=now + datetime.timedelta(minutes=1), processes=2)
    assert report.messages_sent == 10
    assert sorted(message["To"] for message in smtp_server.messages) == sorted(addresses(12))
    assert collections.Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 12}
