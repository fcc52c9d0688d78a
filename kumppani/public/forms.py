"""The public contact form: reaches a person without showing their address, with two cheap traps for spam bots."""

import time
from typing import Any

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

STARTED_SALT = "kumppani.public.contact-started"
MIN_SECONDS_TO_SUBMIT = 3  # a person needs longer than this to write a message; a bot does not
MAX_SECONDS_TO_SUBMIT = 24 * 60 * 60


def issue_started_token(at: float | None = None) -> str:
    """A signed record of when the form was shown."""
    return signing.dumps(int(time.time() if at is None else at), salt=STARTED_SALT)


def seconds_since(token: str) -> float | None:
    try:
        return time.time() - float(signing.loads(token, salt=STARTED_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("The reply will come to this address."))
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))
    # Hidden from people by the page's style sheet; bots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # The page always carries a new token, so that a form shown again after an error can be sent.
        self.new_started_token = issue_started_token()

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"]
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("Write your name on one line."))
        return name

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("website"):
            raise forms.ValidationError(_("The message was not sent: leave the last field empty."))
        elapsed = seconds_since(self.data.get("started", ""))
        if elapsed is None or elapsed > MAX_SECONDS_TO_SUBMIT:
            raise forms.ValidationError(_("The form has expired. Please send your message again."))
        if elapsed < MIN_SECONDS_TO_SUBMIT:
            raise forms.ValidationError(_("That was very quick. Please check your message and send it again."))
        return cleaned
