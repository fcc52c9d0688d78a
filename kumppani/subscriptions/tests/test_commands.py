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


@pytest.mark.parametrize("backend", ["django.core.mail.backends.console.EmailBackend",
                                     "django.core.mail.backends.locmem.EmailBackend"])
def test_send_digests_command_works_with_any_mail_backend(make_subscriber, make_opportunity, settings, backend,
                                                          capsys):
    from django.core import mail

    from kumppani.subscriptions.models import Delivery

    settings.EMAIL_BACKEND = backend
    make_subscriber(email="maris@example.ee")
    make_opportunity("Study trip to Tartu")
    out = io.StringIO()
    call_command("send_digests", stdout=out)
    assert out.getvalue().startswith("1 messages sent (1 items)")
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    if "console" in backend:
        printed = capsys.readouterr().out
        assert "To: maris@example.ee" in printed and "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in printed
    else:
        [message] = mail.outbox
        assert message.to == ["maris@example.ee"] and "List-Unsubscribe" in message.extra_headers


def test_send_digests_command_writes_files_with_the_file_backend(make_subscriber, make_opportunity, settings,
                                                                 tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    make_subscriber(email="maris@example.ee")
    make_opportunity()
    call_command("send_digests", stdout=io.StringIO())
    [written] = list(tmp_path.iterdir())
    assert "To: maris@example.ee" in written.read_text()
