from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kumppani.core.translated import TranslatedField
from kumppani.core.validators import validate_single_line


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    STAFF = "staff", _("Staff")
    ELECTED = "elected", _("Elected official")
    VIEWER = "viewer", _("Viewer")


WRITE_ROLES = frozenset({Role.ADMIN, Role.STAFF})


class Workspace(models.Model):
    """One organisation using kumppani: the tenant every private record belongs to."""

    slug = models.SlugField(_("address"), max_length=60, unique=True)
    # The name goes into the subject of every digest and notice: no line breaks (header injection).
    name = models.CharField(_("name"), max_length=200, validators=[validate_single_line])
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organisation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    intro = TranslatedField(_("introduction"), multiline=True)
    public = models.BooleanField(_("public page published"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("workspace")
        verbose_name_plural = _("workspaces")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        validate_single_line(self.name)  # whichever way the name arrives: a form, the API, an import, the shell
        super().save(*args, **kwargs)


class WorkspaceMember(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace_memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.STAFF)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "user"], name="one_role_per_workspace")]
        verbose_name = _("workspace member")
        verbose_name_plural = _("workspace members")

    def __str__(self) -> str:
        return f"{self.user} @ {self.workspace} ({self.role})"

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES


class FocusArea(models.Model):
    """A focus area of the workspace's international work, shown on its public page."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="focus_areas")
    strategy = models.ForeignKey("strategy.Strategy", verbose_name=_("strategy"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="focus_areas")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = TranslatedField(_("title"), max_length=300, blank=False)
    body = TranslatedField(_("text"), multiline=True)

    class Meta:
        ordering = ["workspace", "position", "id"]
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    def __str__(self) -> str:
        from kumppani.core.translated import localized

        return localized(self.title)
