"""What the workspace shares with the region: the catalogue of opportunities (calls, news, events, partner requests,
internships). Who receives them and what was sent is kumppani.subscriptions'."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField, localized


class OpportunityKind(models.TextChoices):
    CALL = "call", _("Call for proposals")
    NEWS = "news", _("News")
    EVENT = "event", _("Event")
    PARTNER_REQUEST = "partner_request", _("Partner request")
    INTERNSHIP = "internship", _("Internship")


class OpportunityQuerySet(models.QuerySet["Opportunity"]):
    def published(self, now: datetime.datetime | None = None) -> "OpportunityQuerySet":
        """Published by now and not yet expired."""
        now = now or timezone.now()
        return self.filter(publish_on__lte=now).filter(models.Q(expires_on__isnull=True) | models.Q(expires_on__gt=now))


def end_of_day(day: datetime.date) -> datetime.datetime:
    """A date's last minute in the site's time zone: a call that closes on a day is open all that day."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59)))


class Opportunity(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="opportunities")
    kind = models.CharField(_("kind"), max_length=20, choices=OpportunityKind.choices, default=OpportunityKind.NEWS)
    title = TranslatedField(_("title"), max_length=300, blank=False)
    body = TranslatedField(_("text"), multiline=True)
    link = models.URLField(_("link"), blank=True)
    programme = models.ForeignKey("funding.Programme", verbose_name=_("funding programme"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="opportunities")
    call = models.ForeignKey("funding.Call", verbose_name=_("call"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="opportunities")
    activity = models.ForeignKey("activities.Activity", verbose_name=_("activity"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="opportunities")
    internship = models.ForeignKey("results.Internship", verbose_name=_("internship"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="opportunities")
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True, validators=[validate_record_date],
                                    help_text=_("For calls and partner requests. A linked call gives its own."))
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True, validators=[validate_record_date])
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True, validators=[validate_record_date])
    location = models.CharField(_("place"), max_length=200, blank=True)
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="opportunities")
    countries = models.JSONField(_("countries"), default=list, blank=True, help_text=_("ISO 3166 codes"))
    languages = models.JSONField(_("languages"), default=list, blank=True,
                                 help_text=_("Only subscribers who read one of these languages receive it; "
                                             "leave empty for everyone."))
    publish_on = models.DateTimeField(_("published"), default=timezone.now, validators=[validate_record_date])
    expires_on = models.DateTimeField(_("expires"), null=True, blank=True, validators=[validate_record_date])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_on", "-id"]
        indexes = [models.Index(fields=["workspace", "publish_on"], name="opportunity_publish_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True) | models.Q(starts_at__isnull=True)
                | models.Q(ends_at__gte=models.F("starts_at")),
                name="opportunity_ends_after_start",
            ),
        ]
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    def __str__(self) -> str:
        return localized(self.title)

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if self.call is not None:
            if self.deadline is None:
                self.deadline = end_of_day(self.call.closes_on)
            if self.programme_id is None:
                self.programme_id = self.call.programme_id
        super().save(*args, **kwargs)
