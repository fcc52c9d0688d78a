"""The public "looking for a partner?" form: no sign-in, so the contact form's traps for bots, and a link limit."""

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kumppani.activities.forms import CountryField
from kumppani.core.antibot import BotTraps
from kumppani.core.validators import validate_single_line
from kumppani.directory.models import Theme

MAX_LINKS_IN_MESSAGE = 2  # a partner request may point to a project page or two; spam carries many links
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def links_in(text: str) -> int:
    return len(LINK.findall(text))


class PartnerRequestForm(BotTraps, forms.Form):
    organisation_name = forms.CharField(label=_("Your organisation"), max_length=200,
                                        validators=[validate_single_line])
    contact_name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("We will answer to this address."))
    country = CountryField(label=_("Country"))
    themes = forms.ModelMultipleChoiceField(label=_("Themes"), required=False, queryset=Theme.objects.all(),
                                            widget=forms.CheckboxSelectMultiple)
    message = forms.CharField(label=_("What kind of partner are you looking for?"), max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 6}))
    # Hidden from people by the page's style sheet; bots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("auto_id", "partner_%s")  # the public page carries the subscription form too
        super().__init__(*args, **kwargs)
        self.issue_next_token()

    def clean_contact_name(self) -> str:
        name: str = self.cleaned_data["contact_name"]
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("Write your name on one line."))
        return name

    def clean_message(self) -> str:
        message: str = self.cleaned_data["message"]
        if links_in(message) > MAX_LINKS_IN_MESSAGE:
            raise forms.ValidationError(
                _("Please include at most %(count)d links.") % {"count": MAX_LINKS_IN_MESSAGE})
        return message

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.check_bot_traps(cleaned)
        return cleaned
