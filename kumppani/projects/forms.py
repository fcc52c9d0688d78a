"""The project forms: pages, the API and the tests all validate through these."""

from decimal import Decimal
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kumppani.core.forms import WorkspaceModelForm, choice_field, model_choice_field
from kumppani.directory.forms import ListFilterForm, OrganisationChoiceField
from kumppani.directory.models import Organisation, Theme
from kumppani.directory.widgets import ThemePicker
from kumppani.funding.models import Call, Programme
from kumppani.projects.attachments import allowed_types_text, check_upload
from kumppani.projects.models import Attachment, Output, PartnerRole, Project, ProjectPartner, Status, StatusChange
from kumppani.workspaces.models import FocusArea

MONEY_FIELDS = ("total_budget", "grant", "own_share")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_PARTNERS = 200


def refuse_negative(value: Decimal | None) -> Decimal | None:
    if value is not None and value < 0:
        raise ValidationError(_("An amount cannot be negative."), code="negative")
    return value


class CallChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.programme} – {obj}"


class ProjectForm(WorkspaceModelForm):
    class Meta:
        model = Project
        fields = ["title", "summary", "status", "programme", "call", "starts_on", "ends_on", "total_budget", "grant",
                  "own_share", "themes", "focus_area"]
        field_classes = {"call": CallChoiceField}
        widgets = {"starts_on": DATE_WIDGET, "ends_on": DATE_WIDGET, "themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "programme").queryset = Programme.objects.order_by("slug")
        model_choice_field(self, "call").queryset = Call.objects.select_related("programme").order_by(
            "programme__slug", "closes_on", "id")
        model_choice_field(self, "themes").queryset = Theme.objects.order_by("slug")
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=self.workspace)
        if self.workspace is not None and getattr(self.workspace, "slug", None):
            self.fields["programme"].widget.attrs.update({
                "hx-get": reverse("projects:call_options", args=[self.workspace.slug]),
                "hx-target": "#id_call", "hx-trigger": "change",
            })

    def clean_total_budget(self) -> Decimal | None:
        return refuse_negative(self.cleaned_data.get("total_budget"))

    def clean_grant(self) -> Decimal | None:
        return refuse_negative(self.cleaned_data.get("grant"))

    def clean_own_share(self) -> Decimal | None:
        return refuse_negative(self.cleaned_data.get("own_share"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self._check_call(cleaned)
        self._check_dates(cleaned)
        self._check_budget(cleaned)
        return cleaned

    def _check_call(self, cleaned: dict[str, Any]) -> None:
        call, programme = cleaned.get("call"), cleaned.get("programme")
        if call is None or "programme" in self.errors:
            return
        if programme is None:
            self.add_error("call", _("Choose the call's programme (%(programme)s) too.")
                           % {"programme": call.programme})
        elif call.programme_id != programme.pk:
            self.add_error("call", _("The call “%(call)s” belongs to %(other)s, not to %(programme)s.")
                           % {"call": call, "other": call.programme, "programme": programme})

    def _check_dates(self, cleaned: dict[str, Any]) -> None:
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end (%(ends)s) is before the start (%(starts)s).")
                           % {"ends": ends.isoformat(), "starts": starts.isoformat()})

    def _check_budget(self, cleaned: dict[str, Any]) -> None:
        total, grant, own = (cleaned.get(name) for name in MONEY_FIELDS)
        if total is None or any(name in self.errors for name in MONEY_FIELDS):
            return
        funded = (grant or Decimal(0)) + (own or Decimal(0))
        if funded > total:
            self.add_error("total_budget", _("The grant and own share together (%(funded)s €) exceed the total "
                                             "budget (%(total)s €).") % {"funded": funded, "total": total})


class PartnerForm(forms.ModelForm):
    class Meta:
        model = ProjectPartner
        fields = ["organisation", "role", "budget"]
        field_classes = {"organisation": OrganisationChoiceField}
        widgets = {"budget": forms.NumberInput(attrs={"step": "0.01", "min": "0"})}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].widget.attrs["data-organisation-select"] = "1"

    def clean_budget(self) -> Decimal | None:
        return refuse_negative(self.cleaned_data.get("budget"))

    def current_organisation_id(self) -> int | None:
        value = self.data.get(self.add_prefix("organisation")) if self.is_bound else self.initial.get("organisation")
        text = str(getattr(value, "pk", value) or "")
        return int(text) if text.isdigit() and len(text) < 19 else None


class BasePartnerFormSet(forms.BaseInlineFormSet):
    """The partners of a project: the same organisation once, and one lead at most."""

    def __init__(self, *args: Any, workspace: Any = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self._offer_organisations()

    def _offer_organisations(self) -> None:
        """Each select offers the organisations the workspace knows and its current one, in two queries."""
        current_ids = {pk for form in self.forms
                       if (pk := cast(PartnerForm, form).current_organisation_id()) is not None}
        known = Organisation.objects.filter(
            Q(partnerships__workspace=self.workspace) | Q(project_partnerships__project__workspace=self.workspace)
        ).distinct().order_by("name")[:500] if self.workspace else []
        offered = {org.pk: org for org in known}
        missing = current_ids - offered.keys()
        offered.update({org.pk: org for org in Organisation.objects.filter(pk__in=missing)})
        choices = [("", "---------")] + [(org.pk, org.display_name) for org in
                                         sorted(offered.values(), key=lambda org: org.name)]
        for form in self.forms:
            form.fields["organisation"].widget.choices = choices
            form.fields["organisation"].help_text = _("Type in the search box to find any organisation of the "
                                                      "directory.")

    def clean(self) -> None:
        seen: dict[int, int] = {}
        leads = 0
        for index, form in enumerate(self.forms):
            if not hasattr(form, "cleaned_data") or self.is_removed(form) or not self._in_use(form):
                continue
            organisation = form.cleaned_data.get("organisation")
            if organisation is not None:
                if organisation.pk in seen:
                    form.add_error("organisation", _("%(organisation)s is already a partner (row %(row)s).")
                                   % {"organisation": organisation, "row": seen[organisation.pk] + 1})
                seen.setdefault(organisation.pk, index)
            if form.cleaned_data.get("role") == PartnerRole.LEAD:
                leads += 1
                if leads > 1:
                    form.add_error("role", _("A project has one lead partner at most."))

    def is_removed(self, form: Any) -> bool:
        """The row is marked for deletion."""
        return bool(self.can_delete and self._should_delete_form(form))  # type: ignore[attr-defined]

    @staticmethod
    def _in_use(form: Any) -> bool:
        """An existing partner's row, or a new row with something filled in (an empty extra row is ignored)."""
        return form.instance.pk is not None or form.has_changed()


def partner_formset(data: Any = None, *, instance: Project, workspace: Any, extra: int = 0) -> BasePartnerFormSet:
    formset_class = forms.inlineformset_factory(
        Project, ProjectPartner, form=PartnerForm, formset=BasePartnerFormSet, extra=extra, can_delete=True,
        max_num=MAX_PARTNERS, absolute_max=MAX_PARTNERS, validate_max=True,
    )
    queryset = ProjectPartner.objects.filter(project=instance).select_related("organisation").order_by("role", "id") \
        if instance.pk else ProjectPartner.objects.none()
    return cast(BasePartnerFormSet, formset_class(data, instance=instance, queryset=queryset, prefix="partners",
                                                  workspace=workspace))


class StatusChangeForm(forms.ModelForm):
    class Meta:
        model = StatusChange
        fields = ["status", "on", "note"]
        widgets = {"on": DATE_WIDGET}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["on"].required = False
        self.fields["on"].help_text = _("Today when left empty.")
        choice_field(self, "status").choices = Status.choices


class OutputForm(forms.ModelForm):
    class Meta:
        model = Output
        fields = ["kind", "title", "description", "delivered_on"]
        widgets = {"delivered_on": DATE_WIDGET}


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("File"))

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("A document or an image (%(types)s).") % {"types": allowed_types_text()}

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        self.content_type = check_upload(upload)
        return upload


class ProjectFilterForm(ListFilterForm):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("all statuses")), *Status.choices])
    programme = forms.ModelChoiceField(label=_("Programme"), required=False, queryset=Programme.objects.all(),
                                       to_field_name="slug", empty_label=_("all programmes"))
    theme = forms.ModelChoiceField(label=_("Theme"), required=False, queryset=Theme.objects.all(),
                                   to_field_name="slug", empty_label=_("all themes"))
    focus_area = forms.ModelChoiceField(label=_("Focus area"), required=False, queryset=FocusArea.objects.none(),
                                        empty_label=_("all focus areas"))
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2200)
    public = forms.BooleanField(label=_("Include public records"), required=False)
    ordering_choices = [("-starts_on", _("Newest first")), ("starts_on", _("Oldest first")),
                        ("-updated_at", _("Recently changed"))]

    def __init__(self, *args: Any, workspace: Any = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=workspace)
        model_choice_field(self, "programme").queryset = Programme.objects.order_by("slug")
        model_choice_field(self, "theme").queryset = Theme.objects.order_by("slug")

    def filters(self) -> dict[str, Any]:
        return self.cleaned_data if self.is_valid() else {}


def attachment_for(project: Project, upload: Any, content_type: str, user: Any) -> Attachment:
    return Attachment(project=project, name=(upload.name or "")[:200], size=upload.size, content_type=content_type,
                      uploaded_by=user)
