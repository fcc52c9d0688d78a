"""Projects: a workspace's own (private to it) and public records imported from open data (owned by none)."""

from typing import Any

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField, localized


class Status(models.TextChoices):
    IDEA = "idea", _("Idea")
    PREPARING = "preparing", _("Preparing")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    RUNNING = "running", _("Running")
    CLOSED = "closed", _("Closed")
    REJECTED = "rejected", _("Rejected")


def euros(verbose_name: Any) -> models.DecimalField:
    """Money in euros, held exactly (never as a float), never negative."""
    return models.DecimalField(verbose_name, max_digits=14, decimal_places=2, null=True, blank=True,
                               validators=[MinValueValidator(0)])


class Project(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="projects", help_text="Empty for public records")
    source = models.CharField(max_length=40, blank=True, help_text="The data set a public record came from")
    source_id = models.CharField(max_length=80, blank=True)
    title = TranslatedField(_("title"), max_length=500, blank=False)
    summary = TranslatedField(_("summary"), multiline=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.IDEA)
    programme = models.ForeignKey("funding.Programme", verbose_name=_("programme"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="projects")
    call = models.ForeignKey("funding.Call", verbose_name=_("call"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="projects")
    starts_on = models.DateField(_("starts"), null=True, blank=True, validators=[validate_record_date])
    ends_on = models.DateField(_("ends"), null=True, blank=True, validators=[validate_record_date])
    total_budget = euros(_("total budget (€)"))
    grant = euros(_("grant (€)"))
    own_share = euros(_("own share (€)"))
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="projects")
    focus_area = models.ForeignKey("workspaces.FocusArea", verbose_name=_("focus area"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="projects")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], condition=~models.Q(source_id=""),
                                    name="one_project_per_source_id"),
            models.CheckConstraint(condition=models.Q(ends_on__isnull=True) | models.Q(starts_on__isnull=True)
                                   | models.Q(ends_on__gte=models.F("starts_on")), name="project_ends_after_start"),
        ]
        indexes = [models.Index(fields=["workspace", "status"], name="project_status_idx")]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self) -> str:
        return localized(self.title)


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class ProjectPartner(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey("directory.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="project_partnerships")
    role = models.CharField(_("role"), max_length=12, choices=PartnerRole.choices, default=PartnerRole.PARTNER)
    budget = euros(_("budget (€)"))

    class Meta:
        ordering = ["project", "role", "id"]
        constraints = [models.UniqueConstraint(fields=["project", "organisation"], name="one_role_per_partner")]
        # An organisation's most recent links first without sorting all of them (partner search's reasons read
        # 60 of an organisation that may have 100,000; PostgreSQL would sort them all).
        indexes = [models.Index(fields=["organisation", "id"], name="projectpartner_recent_idx")]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class StatusChange(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    on = models.DateField(_("date"), validators=[validate_record_date])
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project", "on", "id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.on} {self.get_status_display()}"


class OutputKind(models.TextChoices):
    PRODUCT = "product", _("Product")
    SERVICE = "service", _("Service")
    EVENT = "event", _("Event")
    PUBLICATION = "publication", _("Publication")
    OTHER = "other", _("Other")


class Output(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="outputs")
    kind = models.CharField(_("type"), max_length=12, choices=OutputKind.choices, default=OutputKind.PRODUCT)
    title = TranslatedField(_("title"), max_length=300, blank=False)
    description = TranslatedField(_("description"), multiline=True)
    delivered_on = models.DateField(_("date"), null=True, blank=True, validators=[validate_record_date])

    class Meta:
        ordering = ["project", "delivered_on", "id"]
        verbose_name = _("output")
        verbose_name_plural = _("outputs")

    def __str__(self) -> str:
        return localized(self.title)


class Attachment(models.Model):
    """A file of a project, stored outside the database (MEDIA_ROOT)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="attachments")
    # Not editable: written only by services.add_attachment after its checks (and so left out of the audit's values).
    file = models.FileField(_("file"), upload_to="attachments/%Y/%m/", editable=False)
    name = models.CharField(_("name"), max_length=200)
    size = models.PositiveIntegerField(editable=False, default=0)
    content_type = models.CharField(max_length=100, editable=False, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project", "-uploaded_at"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name


class ColumnMapping(models.Model):
    """A workspace's saved choice of which columns of a CSV or XLSX list hold a project's facts, reused by name
    for the next file of the same list (public_import/mapped.py)."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="column_mappings")
    name = models.CharField(_("name"), max_length=100)
    # field (title, summary, organisation, country, identifier, starts_on, ends_on, role, project_code) → header
    columns = models.JSONField(default=dict)
    language = models.CharField(_("language of the texts"), max_length=2, default="en")
    default_country = models.CharField(_("country when the list names none"), max_length=2, blank=True)
    programme = models.ForeignKey("funding.Programme", verbose_name=_("programme"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["workspace", "name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="one_mapping_per_name")]
        verbose_name = _("column mapping")
        verbose_name_plural = _("column mappings")

    def __str__(self) -> str:
        return self.name
