"""A run that crashes midway records what the server accepted; the next run sends only the rest."""

import collections
import datetime

import pytest

from kumppani.subscriptions import delivery
from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery


def test_crash_midway_then_restart_sends_each_message_once(make_subscriber, make_opportunity, now, smtp_server,
                                                           monkeypatch):
    for index in range(12):
        make_subscriber(email=f"reader{index}@example.fi")
    make_opportunity()
    compose = delivery.compose_digest
    composed = []

    def crash_after_five(*args, **kwargs):
        if len(composed) == 5:
            raise KeyboardInterrupt
        composed.append(1)
        return compose(*args, **kwargs)

    monkeypatch.setattr(delivery, "compose_digest", crash_after_five)
    with pytest.raises(KeyboardInterrupt):
        send_digests(now=now)
    assert len(smtp_server.messages) == 5
    assert collections.Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 5, "queued": 7}

    monkeypatch.setattr(delivery, "compose_digest", compose)
    assert send_digests(now=now + datetime.timedelta(minutes=1)).messages_sent == 7
    received = sorted(message["To"] for message in smtp_server.messages)
    assert received == sorted(f"reader{index}@example.fi" for index in range(12))
