from typing import Any

from django.conf import settings
from django.http import HttpRequest


def workspace(request: HttpRequest) -> dict[str, Any]:
    return {
        "workspace": getattr(request, "workspace", None),
        "member": getattr(request, "member", None),
        "ui_languages": settings.LANGUAGES,
    }
