"""The digest, built with Django's mail classes, parses like any other message: text, HTML, headers."""

from email import message_from_bytes, policy

from kumppani.subscriptions import delivery
from kumppani.subscriptions.delivery import Catalogue, compose_digest, subscriber_chunks


def test_a_composed_digest_parses_with_its_text_html_and_list_headers(make_subscriber, make_opportunity, now,
                                                                       sepra):
    long_line = "Pitkä rivi " * 200  # longer than SMTP allows: Django encodes that part so that it fits
    make_opportunity({"en": "Hyvää päivää", "fi": "Hyvää päivää"}, body={"en": long_line})
    make_subscriber(email="maris@example.ee")
    catalogue = Catalogue(sepra, now)
    [[subscriber]] = list(subscriber_chunks(sepra))
    message = compose_digest(catalogue, subscriber, catalogue.published)

    parsed = message_from_bytes(message.message().as_bytes(linesep="\r\n"), policy=policy.default)

    assert parsed["Subject"] == "1 new opportunity from Sepra"
    assert parsed["To"] == "maris@example.ee"
    assert parsed["Message-ID"] == delivery.message_id_of(message)
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed["List-Unsubscribe"].strip().startswith("<http://127.0.0.1:8000/p/sepra/unsubscribe/")
    assert "Hyvää päivää" in parsed.get_body(("plain",)).get_content()
    assert "Hyvää päivää" in parsed.get_body(("html",)).get_content()
    assert all(len(line) <= 998 for line in message.message().as_bytes().splitlines())
