import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "kmp_"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A personal API token, bound to one workspace and acting with the user's role there."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, user: object, workspace: object, name: str) -> tuple["ApiToken", str]:
        """Create a token; the raw key is returned once and only its hash is stored."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, workspace=workspace, name=name, key_hash=hash_token(raw),
                                   prefix=raw[:10])
        return token, raw


class InstanceAdministrator(models.Model):
    """A user who looks after the whole instance: public records, proposals addressed to them, the workspaces."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="instance_admin")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("instance administrator")
        verbose_name_plural = _("instance administrators")

    def __str__(self) -> str:
        return str(self.user)


def is_instance_admin(user: object) -> bool:
    """Superusers count as instance administrators."""
    if not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "is_superuser", False):
        return True
    return InstanceAdministrator.objects.filter(user=user).exists()  # type: ignore[misc]
