from django import forms

from kumppani.core.forms import WorkspaceModelForm
from kumppani.workspaces.models import FocusArea, Workspace


class PublicPageForm(forms.ModelForm):
    class Meta:
        model = Workspace
        fields = ["name", "intro", "public"]


class FocusAreaForm(WorkspaceModelForm):
    class Meta:
        model = FocusArea
        fields = ["position", "title", "body"]
