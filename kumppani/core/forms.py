from typing import Any, cast

from django import forms


class WorkspaceModelForm(forms.ModelForm):
    """A form of a workspace's record: choices are scoped to the workspace and its unique rules checked."""

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        if "workspace" in [field.name for field in self._meta.model._meta.fields]:
            self.instance.workspace = workspace

    def _get_validation_exclusions(self) -> Any:
        exclusions = super()._get_validation_exclusions()  # type: ignore[misc]
        exclusions.discard("workspace")
        return exclusions


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


def model_choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    return cast(forms.ModelChoiceField, form.fields[name])
