from typing import Any

from django import template

from kumppani.subscriptions.selectors_staff import follows_programme

register = template.Library()


@register.inclusion_tag("subscriptions/staff/follow_button.html", takes_context=True)
def follow_programme_button(context: Any, programme: Any) -> dict[str, Any]:
    """The signed-in member's "follow this programme" toggle, for the programme's page."""
    workspace = context["workspace"]
    return {"workspace": workspace, "programme": programme, "csrf_token": context.get("csrf_token"),
            "following": follows_programme(workspace, context["request"].user, programme)}
