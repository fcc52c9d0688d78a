"""The commands that cron or a systemd timer runs."""

import io

import pytest
from django.core.management import CommandError, call_command


def test_send_digests_command_sends_and_a_second_run_sends_nothing(make_subscriber, make_opportunity, smtp_server):
    make_subscriber(rhythm="weekly")
    make_opportunity()
    out = io.StringIO()
    call_command("send_digests", "--rhythm", "weekly", "--workspace", "sepra", stdout=out)
    assert out.getvalue().startswith("1 messages sent")
    call_command("send_digests", "--rhythm", "weekly", stdout=io.StringIO())
    assert len(smtp_server.messages) == 1


def test_send_digests_command_reports_a_server_down_without_crashing(make_subscriber, make_opportunity, smtp_down):
    make_subscriber()
    make_opportunity()
    err = io.StringIO()
    call_command("send_digests", stdout=io.StringIO(), stderr=err)
    assert "Stopped early" in err.getvalue()


def test_commands_refuse_an_unknown_workspace(db):
    for command in ("send_digests", "send_call_reminders"):
        with pytest.raises(CommandError):
            call_command(command, "--workspace", "nobody")


def test_send_call_reminders_command_runs(db, smtp_server):
    out = io.StringIO()
    call_command("send_call_reminders", stdout=out)
    assert out.getvalue().startswith("0 reminders sent")
