"""The project pages' forms: they read what a browser posts into the services' plain data (data.py) and show
the services' refusals next to the fields; the rules are the services'."""

import dataclasses
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms.utils import ErrorDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kumppani.core.forms import choice_field, model_choice_field
from kumppani.directory.forms import ListFilterForm, OrganisationChoiceField
from kumppani.directory.models import Organisation, Theme
from kumppani.directory.widgets import ThemePicker
from kumppani.funding.models import Call, Programme
from kumppani.projects.attachments import allowed_types_text
from kumppani.projects.data import MAX_PARTNERS, OutputData, PartnerData, ProjectData
from kumppani.projects.models import Output, PartnerRole, Project, Status, StatusChange
from kumppani.workspaces.models import FocusArea

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
PROJECT_FIELDS = ["title", "summary", "status", "programme", "call", "starts_on", "ends_on", "total_budget", "grant",
                  "own_share", "themes", "focus_area"]
LINKS = ("programme", "call", "focus_area")


class CallChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.programme} – {obj}"


def _pk(record: Any) -> int | None:
    return record.pk if record is not None else None


class ProjectForm(forms.Form):
    """The project page's fields, read into ProjectData; the rules are the services' (services.checked_project)."""

    def __init__(self, data: Any = None, *, workspace: Any, stored: ProjectData | None = None):
        initial = dataclasses.asdict(stored) if stored is not None else {}
        initial.pop("partners", None)
        super().__init__(data, initial=initial)
        self.workspace = workspace
        self.fields.update(forms.fields_for_model(
            Project, fields=PROJECT_FIELDS, field_classes={"call": CallChoiceField},
            widgets={"starts_on": DATE_WIDGET, "ends_on": DATE_WIDGET, "themes": ThemePicker}))
        model_choice_field(self, "programme").queryset = Programme.objects.order_by("slug")
        model_choice_field(self, "call").queryset = Call.objects.select_related("programme").order_by(
            "programme__slug", "closes_on", "id")
        model_choice_field(self, "themes").queryset = Theme.objects.order_by("slug")
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=workspace)
        if workspace is not None and getattr(workspace, "slug", None):
            self.fields["programme"].widget.attrs.update({
                "hx-get": reverse("projects:call_options", args=[workspace.slug]),
                "hx-target": "#id_call", "hx-trigger": "change",
            })

    def project_data(self, partners: tuple[PartnerData, ...]) -> ProjectData:
        """The valid form's values as the services take them."""
        values = {name: self.cleaned_data[name] for name in PROJECT_FIELDS}
        values.update({name: _pk(values[name]) for name in LINKS})
        values["themes"] = tuple(theme.pk for theme in values["themes"])
        values["status"] = Status(values["status"])
        return ProjectData(**values, partners=partners)


class PartnerForm(forms.Form):
    organisation = OrganisationChoiceField(label=_("Organisation"))
    role = forms.ChoiceField(label=_("Role"), choices=PartnerRole.choices, initial=PartnerRole.PARTNER)
    budget = forms.DecimalField(label=_("Budget (€)"), required=False, max_digits=14, decimal_places=2,
                                widget=forms.NumberInput(attrs={"step": "0.01", "min": "0"}))

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].widget.attrs["data-organisation-select"] = "1"

    def current_organisation_id(self) -> int | None:
        value = self.data.get(self.add_prefix("organisation")) if self.is_bound else self.initial.get("organisation")
        text = str(getattr(value, "pk", value) or "")
        return int(text) if text.isdigit() and len(text) < 19 else None

    def partner_data(self) -> PartnerData:
        return PartnerData(organisation=self.cleaned_data["organisation"].pk,
                           role=PartnerRole(self.cleaned_data["role"]), budget=self.cleaned_data.get("budget"))


class BasePartnerFormSet(forms.BaseFormSet):
    """The partner rows of the project page: a row per partner, blank rows to add more, a box to remove one."""

    def __init__(self, *args: Any, workspace: Any = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self._offer_organisations(self.forms)

    def _offer_organisations(self, rows: list[Any]) -> None:
        """Each select offers the organisations the workspace knows and its current one, in two queries."""
        current_ids = {pk for form in rows if (pk := cast(PartnerForm, form).current_organisation_id()) is not None}
        known = Organisation.objects.filter(
            Q(partnerships__workspace=self.workspace) | Q(project_partnerships__project__workspace=self.workspace)
        ).distinct().order_by("name")[:500] if self.workspace else []
        offered = {org.pk: org for org in known}
        missing = current_ids - offered.keys()
        offered.update({org.pk: org for org in Organisation.objects.filter(pk__in=missing)})
        choices = [("", "---------")] + [(org.pk, org.display_name) for org in
                                         sorted(offered.values(), key=lambda org: org.name)]
        for form in rows:
            form.fields["organisation"].widget.choices = choices
            form.fields["organisation"].help_text = _("Type in the search box to find any organisation of the "
                                                      "directory.")

    def blank_row(self, index: int) -> PartnerForm:
        """A new empty row at `index`, for the page to add without sending the form."""
        row = self.form(auto_id=self.auto_id, prefix=self.add_prefix(index), empty_permitted=True,
                        use_required_attribute=False, renderer=self.renderer)  # type: ignore[attr-defined]
        self.add_fields(row, None)
        self._offer_organisations([row])
        return row

    def is_removed(self, form: Any) -> bool:
        """The row is marked for deletion."""
        return bool(self.can_delete and self._should_delete_form(form))  # type: ignore[attr-defined]

    def rows_in_use(self) -> list[PartnerForm]:
        """A stored partner's row, or a new row with something filled in (an empty extra row is ignored), unless
        marked for removal: the partners the page asks for, in their order."""
        return [cast(PartnerForm, form) for index, form in enumerate(self.forms)
                if not self.is_removed(form) and (index < self.initial_form_count() or form.has_changed())]

    def partner_data(self) -> tuple[PartnerData, ...]:
        return tuple(row.partner_data() for row in self.rows_in_use())


def partner_formset(data: Any = None, *, stored: ProjectData | None, workspace: Any,
                    extra: int = 0) -> BasePartnerFormSet:
    """The rows of the stored partners (a new project: None), then `extra` blank rows."""
    formset_class: Any = forms.formset_factory(PartnerForm, formset=BasePartnerFormSet, extra=extra, can_delete=True,
                                          max_num=MAX_PARTNERS, absolute_max=MAX_PARTNERS, validate_max=True)
    initial = [dataclasses.asdict(partner) for partner in stored.partners] if stored is not None else []
    return cast(BasePartnerFormSet, formset_class(data, initial=initial, prefix="partners", workspace=workspace))


def with_another_partner_row(data: Any) -> Any:
    """The posted data with one more (blank) partner row."""
    data = data.copy()
    rows = str(data.get("partners-TOTAL_FORMS", ""))
    data["partners-TOTAL_FORMS"] = str(min(int(rows) + 1, MAX_PARTNERS)) if rows.isdigit() and len(rows) < 4 \
        else rows
    return data


def show_refusal(refusal: ValidationError, form: ProjectForm, partners: BasePartnerFormSet) -> None:
    """A service's messages next to the fields and partner rows they name ("partners.1.role": the second row in
    use, whichever rows are blank or removed)."""
    rows = partners.rows_in_use()
    for key, messages in refusal.message_dict.items():
        head, _dot, rest = key.partition(".")
        index, _dot, name = rest.partition(".")
        if head == "partners" and index.isdigit() and int(index) < len(rows):
            rows[int(index)].add_error(name if name in rows[int(index)].fields else None, messages)
        elif head == "partners":
            partners.non_form_errors().extend(messages)
        else:
            form.add_error(key if key in form.fields else None, messages)


def show_errors(refusal: ValidationError, form: forms.BaseForm) -> None:
    """A service's messages next to the form's fields they name (the others above the form)."""
    for key, messages in refusal.message_dict.items():
        form.add_error(key if key in form.fields else None, messages)


def not_judged_yet(form: ProjectForm, partners: BasePartnerFormSet) -> None:
    """The page shown again only to add a row: what was typed stays, without messages (nothing was sent yet)."""
    # Django's forms judge on first asking for their errors: these are set instead, empty.
    form._errors = ErrorDict()  # type: ignore[attr-defined]
    for row in partners.forms:
        row._errors = ErrorDict()
    partners._errors = [row.errors for row in partners.forms]  # type: ignore[attr-defined]
    partners._non_form_errors = partners.error_class()  # type: ignore[attr-defined]


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

    def output_data(self) -> OutputData:
        return OutputData(title=self.cleaned_data["title"], kind=self.cleaned_data["kind"],
                          description=self.cleaned_data["description"],
                          delivered_on=self.cleaned_data.get("delivered_on"))


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("File"))

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("A document or an image (%(types)s).") % {"types": allowed_types_text()}


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

