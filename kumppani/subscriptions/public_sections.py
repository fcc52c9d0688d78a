"""What the workspace's public page shows of subscriptions; kumppani.public's page view adds it to its own."""

from typing import Any

from kumppani.subscriptions.forms import SubscribeForm
from kumppani.subscriptions.forms_public import PartnerRequestForm
from kumppani.workspaces.models import Workspace


def page_sections(workspace: Workspace, language: str) -> dict[str, Any]:
    """The subscription and partner request forms. Call it inside translation.override(language)."""
    return {
        "subscribe_form": SubscribeForm(workspace, initial={"language": language}),
        "partner_form": PartnerRequestForm(),
    }
