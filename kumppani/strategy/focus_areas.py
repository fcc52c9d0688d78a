"""Focus areas: the workspace's areas of international work, each optionally part of a strategy."""

from typing import Any

from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.strategy.models import Strategy
from kumppani.workspaces.models import FocusArea
from kumppani.workspaces.records import RecordType


class FocusAreaForm(WorkspaceModelForm):
    class Meta:
        model = FocusArea
        fields = ["position", "title", "body", "strategy"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "strategy").queryset = Strategy.objects.filter(workspace=self.workspace)


FOCUS_AREA = RecordType(
    name="focus_area", plural="focus-areas", model=FocusArea, form_class=FocusAreaForm, namespace="strategy",
    queryset=lambda workspace: FocusArea.objects.filter(workspace=workspace),
    shown_fields=["position", "title", "body"],
    list_url_name="workspaces:public_page_settings",
)
