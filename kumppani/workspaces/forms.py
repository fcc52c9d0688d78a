from django import forms

from kumppani.workspaces.models import Workspace


class PublicPageForm(forms.ModelForm):
    class Meta:
        model = Workspace
        fields = ["name", "intro", "public"]
