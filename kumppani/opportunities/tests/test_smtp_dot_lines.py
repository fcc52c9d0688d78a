"""Lines that start with a dot reach the server intact (dot-stuffed on the way), and so do messages without any."""

import pytest

from kumppani.opportunities.smtp import Sender, alternative


@pytest.mark.parametrize("text", ["no dot at a line start\nsecond line", ".first\nmiddle\n.\n..two dots\nlast."])
def test_message_text_arrives_as_written_whatever_its_dots(smtp_server, text):
    outgoing = alternative("noreply@kumppani.example", "maris@example.ee", "Dots", text, "<p>.html</p>",
                           [], "<dots@kumppani.example>")
    sender = Sender()
    try:
        assert sender.send(outgoing).ok
    finally:
        sender.close()
    [message] = smtp_server.messages
    assert message.get_body(("plain",)).get_content().splitlines() == text.splitlines()
    assert message.get_body(("html",)).get_content().strip() == "<p>.html</p>"
