from typing import Any

from django import forms

from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.strategy.models import Strategy
from kumppani.workspaces.models import FocusArea, Workspace


class PublicPageForm(forms.ModelForm):
    class Meta:
        model = Workspace
        fields = ["name", "intro", "public"]


class FocusAreaForm(WorkspaceModelForm):
    class Meta:
        model = FocusArea
        fields = ["position", "title", "body", "strategy"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "strategy").queryset = Strategy.objects.filter(workspace=self.workspace)
