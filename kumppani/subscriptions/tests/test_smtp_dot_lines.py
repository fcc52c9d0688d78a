"""Lines that start with a dot reach the server intact (dot-stuffed on the way), and so do messages without any."""

import pytest
from django.core.mail import EmailMultiAlternatives

from kumppani.core.mail import Mailer


@pytest.mark.parametrize("text", ["no dot at a line start\nsecond line", ".first\nmiddle\n.\n..two dots\nlast."])
def test_message_text_arrives_as_written_whatever_its_dots(smtp_server, text):
    message = EmailMultiAlternatives("Dots", text, "noreply@kumppani.example", ["maris@example.ee"])
    message.attach_alternative("<p>.html</p>", "text/html")
    with Mailer() as mailer:
        assert mailer.send(message).ok
    [received] = smtp_server.messages
    assert received.get_body(("plain",)).get_content().splitlines() == text.splitlines()
    assert received.get_body(("html",)).get_content().strip() == "<p>.html</p>"
