"""The digest's hand-built MIME parses like any other message, in 8-bit and in base64."""

from email import message_from_bytes, policy

import pytest

from kumppani.opportunities.smtp import alternative


@pytest.mark.parametrize("eight_bit", [True, False])
def test_both_encodings_parse_to_the_same_text(eight_bit):
    long_line = "Pitkä rivi " * 200  # longer than SMTP allows: that part falls back to base64
    outgoing = alternative("kumppani <noreply@kumppani.example>", "maris@example.ee", "=?utf-8?q?Hyv=C3=A4?=",
                           "Hyvää päivää\r\nrivi kaksi\n.piste", f"<p>Tere õhtust</p>\n<p>{long_line}</p>",
                           [("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")], "<1@kumppani.example>")
    message = message_from_bytes(outgoing.encode(eight_bit), policy=policy.default)
    assert message["Subject"] == "Hyvä" and message["Message-ID"] == "<1@kumppani.example>"
    assert message.get_body(("plain",)).get_content().splitlines() == ["Hyvää päivää", "rivi kaksi", ".piste"]
    assert long_line in message.get_body(("html",)).get_content()
    assert message.get_body(("html",))["Content-Transfer-Encoding"] == "base64"
