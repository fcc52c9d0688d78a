"""The public contact form: reaches a person without showing their address, with two cheap traps for spam bots."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kumppani.core.antibot import BotTraps, issue_started_token

__all__ = ["ContactForm", "issue_started_token"]


class ContactForm(BotTraps, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("The reply will come to this address."))
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))
    # Hidden from people by the page's style sheet; bots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.issue_next_token()

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"]
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("Write your name on one line."))
        return name

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.check_bot_traps(cleaned)
        return cleaned
