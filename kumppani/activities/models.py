"""What a workspace does abroad and at home with its partners: study trips, workshops, exchanges…"""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField, localized
from kumppani.directory.models import validate_country


class ActivityType(models.TextChoices):
    STUDY_TRIP = "study_trip", _("Study trip")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    EXCHANGE = "exchange", _("Exchange")
    CONFERENCE = "conference", _("Conference")
    MEETING = "meeting", _("Meeting")
    EVENT = "event", _("Event")
    OTHER = "other", _("Other")


def head_count(verbose_name: Any) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(verbose_name, null=True, blank=True, validators=[MinValueValidator(0)])


class Activity(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="activities")
    type = models.CharField(_("type"), max_length=12, choices=ActivityType.choices, default=ActivityType.WORKSHOP)
    title = TranslatedField(_("title"), max_length=300, blank=False)
    description = TranslatedField(_("description"), multiline=True)
    starts_on = models.DateField(_("starts"), validators=[validate_record_date])
    ends_on = models.DateField(_("ends"), null=True, blank=True, validators=[validate_record_date])
    country = models.CharField(_("country"), max_length=2, validators=[validate_country])
    town = models.CharField(_("town"), max_length=120, blank=True)
    organisers = models.ManyToManyField("directory.Organisation", verbose_name=_("organisers"), blank=True,
                                        related_name="organised_activities")
    project = models.ForeignKey("projects.Project", verbose_name=_("project"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="activities")
    membership = models.ForeignKey("directory.Membership", verbose_name=_("network"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="activities")
    focus_area = models.ForeignKey("workspaces.FocusArea", verbose_name=_("focus area"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="activities")
    people = models.ManyToManyField("directory.Person", verbose_name=_("named participants"), blank=True,
                                    related_name="activities",
                                    help_text=_("People of the directory who took part (beside the counts)"))
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="activities")
    participants = head_count(_("participants"))
    young_participants = head_count(_("of whom young people under 30"))
    women = head_count(_("women"))
    men = head_count(_("men"))
    other_gender = head_count(_("other or not told"))
    organisations_represented = head_count(_("organisations represented"))
    countries_represented = models.JSONField(_("countries represented"), default=list, blank=True,
                                             help_text=_("ISO 3166 codes"))
    international = models.BooleanField(_("international"), default=False)
    youth_led = models.BooleanField(_("carried out by young people"), default=False)
    crosses_area_types = models.BooleanField(_("crosses area types (rural / urban / fisheries)"), default=False)
    history_based = models.BooleanField(_("based on local history"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_on", "id"]
        indexes = [models.Index(fields=["workspace", "starts_on"], name="activity_date_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=models.F("starts_on")),
                name="activity_ends_after_start",
            ),
        ]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return localized(self.title)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = gettext("The end is before the start.")
        if self.participants is not None:
            errors |= self._breakdown_errors(self.participants)
        if errors:
            raise ValidationError(errors)

    def _breakdown_errors(self, total: int) -> dict[str, str]:
        """No part of the participants may be larger than all of them."""
        genders = sum(getattr(self, name) or 0 for name in ("women", "men", "other_gender"))
        parts = {
            "young_participants": (self.young_participants or 0, ngettext(
                "%(part)s young people is more than the %(total)s participant.",
                "%(part)s young people is more than the %(total)s participants.", total)),
            "women": (genders, ngettext(
                "Women, men and other together (%(part)s) are more than the %(total)s participant.",
                "Women, men and other together (%(part)s) are more than the %(total)s participants.", total)),
            "organisations_represented": (self.organisations_represented or 0, ngettext(
                "%(part)s organisations cannot be represented by %(total)s participant.",
                "%(part)s organisations cannot be represented by %(total)s participants.", total)),
            "countries_represented": (len(self.countries_represented or []), ngettext(
                "%(part)s countries cannot be represented by %(total)s participant.",
                "%(part)s countries cannot be represented by %(total)s participants.", total)),
        }
        return {field: message % {"part": part, "total": total}
                for field, (part, message) in parts.items() if part > total}


class FeedToken(models.Model):
    """A member's secret key to the workspace's activities feed (calendar apps cannot sign in). Only its hash is
    stored; it goes with the membership, and a new one replaces it."""

    member = models.OneToOneField("workspaces.WorkspaceMember", on_delete=models.CASCADE,
                                  related_name="activity_feed_token")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed link")
        verbose_name_plural = _("calendar feed links")

    def __str__(self) -> str:
        return f"{self.member} ({self.created_at:%Y-%m-%d})"
