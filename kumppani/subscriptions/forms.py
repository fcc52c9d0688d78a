"""The subscription form of the public page, and the subscriber's own page of choices."""

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kumppani.core.antibot import BotTraps
from kumppani.directory.forms import country_choices
from kumppani.directory.models import Theme
from kumppani.directory.widgets import CountrySelectMultiple
from kumppani.funding.models import Programme
from kumppani.subscriptions.models import Rhythm
from kumppani.workspaces.models import Workspace


def consent_wording(workspace: Workspace) -> str:
    """What the subscriber agrees to, in the active language: stored word for word with the subscription."""
    return gettext(
        "I agree that %(workspace)s keeps my e-mail address and the choices above in order to send me the "
        "opportunities I chose, until I unsubscribe or erase my subscription. Every message has a link to "
        "unsubscribe with one click."
    ) % {"workspace": workspace.name}


class ChoicesMixin(forms.Form):
    """The choices a subscriber makes, shared by the subscription form and the page of choices."""

    language = forms.ChoiceField(label=_("Language of the messages"), choices=settings.LANGUAGES)
    rhythm = forms.ChoiceField(label=_("How often"), choices=Rhythm.choices, initial=Rhythm.WEEKLY,
                               widget=forms.RadioSelect)
    themes = forms.ModelMultipleChoiceField(label=_("Themes"), queryset=Theme.objects.all(), required=False,
                              widget=forms.CheckboxSelectMultiple,
                              help_text=_("Choose none to receive every theme."))
    countries = forms.MultipleChoiceField(label=_("Countries"), required=False,
                                          widget=CountrySelectMultiple(attrs={"size": "6"}),
                                          help_text=_("Choose none to receive every country."))
    programmes = forms.ModelMultipleChoiceField(label=_("Remind me before the calls of these funding programmes close"),
                                  queryset=Programme.objects.all(), required=False,
                                  widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = country_choices()  # type: ignore[attr-defined]
        # Programmes of past periods have no calls to remind of, unless the subscriber already follows one.
        followed = [getattr(chosen, "pk", chosen) for chosen in self.initial.get("programmes") or []]
        self.fields["programmes"].queryset = Programme.objects.filter(  # type: ignore[attr-defined]
            Q(period_end__gte=timezone.localdate().year) | Q(pk__in=followed))


class SubscribeForm(BotTraps, ChoicesMixin):
    """E-mail address, choices and consent; a honeypot field and a signed start time keep bots out."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    consent = forms.BooleanField(required=True)
    # Hidden from people by the page's style sheet; bots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    started = forms.CharField(widget=forms.HiddenInput)

    field_order = ["email", "language", "rhythm", "themes", "countries", "programmes", "consent", "website"]

    def __init__(self, workspace: Workspace, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self.fields["consent"].label = consent_wording(workspace)
        self.issue_next_token()

    def clean_email(self) -> str:
        return str(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.check_bot_traps(cleaned)
        return cleaned


class ChoicesForm(ChoicesMixin):
    """A subscriber's page: change what, how often and in which language."""
