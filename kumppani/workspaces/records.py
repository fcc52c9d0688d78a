from kumppani.core.records import RecordType
from kumppani.workspaces.forms import FocusAreaForm
from kumppani.workspaces.models import FocusArea

FOCUS_AREA = RecordType(
    name="focus_area", plural="focus-areas", model=FocusArea, form_class=FocusAreaForm, namespace="workspaces",
    queryset=lambda workspace: FocusArea.objects.filter(workspace=workspace),
    shown_fields=["position", "title", "body"],
    list_url_name="public_page_settings",
)
