"""The staff's forms of partner inquiries: the filter of their list and a case's status."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kumppani.directory.forms import ListFilterForm
from kumppani.subscriptions.models import InquiryStatus


class InquiryFilterForm(ListFilterForm):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("all")), *InquiryStatus.choices])


class InquiryStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=InquiryStatus.choices)
