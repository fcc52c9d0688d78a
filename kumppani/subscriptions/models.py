"""Who receives the workspace's opportunities (subscribers and their consent), what was sent to them (digest runs,
deliveries, reminders), the staff's followed programmes, and the partner inquiries of the public page.

The tables keep the names they had in kumppani.opportunities (db_table): the models moved, the data did not.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kumppani.core.validators import validate_single_line
from kumppani.directory.models import validate_country
from kumppani.opportunities.models import Opportunity


class Rhythm(models.TextChoices):
    AT_ONCE = "at_once", _("At once")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    ACTIVE = "active", _("Active")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


def new_token_key() -> str:
    return secrets.token_urlsafe(12)


class Subscriber(models.Model):
    """One of the region's actors who receives opportunities by e-mail. The address is stored lower-cased."""

    personal_fields = ("email",)  # masked in the history (audit/services.py)

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="subscribers")
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES,
                                default=settings.LANGUAGE_CODE)
    rhythm = models.CharField(_("how often"), max_length=10, choices=Rhythm.choices, default=Rhythm.WEEKLY)
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="subscribers")
    countries = models.JSONField(_("countries"), default=list, blank=True)
    programmes = models.ManyToManyField("funding.Programme", verbose_name=_("funding programmes followed"),
                                        blank=True, related_name="subscribers")
    status = models.CharField(_("status"), max_length=12, choices=SubscriberStatus.choices,
                              default=SubscriberStatus.PENDING)
    consent_text = models.TextField(_("consent wording agreed to"))
    consent_given_at = models.DateTimeField(_("consent given"))
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)
    # Bound into the signed links: a new key invalidates every link sent before (and a reused id never matches).
    token_key = models.CharField(max_length=24, default=new_token_key)

    class Meta:
        db_table = "opportunities_subscriber"
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint("workspace", Lower("email"), name="subscriber_unique_email"),
        ]
        indexes = [models.Index(fields=["workspace", "status", "rhythm"], name="subscriber_status_idx")]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self) -> str:
        return self.email

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class DeliveryKind(models.TextChoices):
    DIGEST = "digest", _("Digest")
    REMINDER_14 = "reminder_14", _("Reminder 14 days before the deadline")
    REMINDER_3 = "reminder_3", _("Reminder 3 days before the deadline")


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    BOUNCED = "bounced", _("Bounced")


class DigestTrigger(models.TextChoices):
    SCHEDULE = "schedule", _("Schedule")
    STAFF = "staff", _("Sent now by staff")


class DigestRun(models.Model):
    """One digest run of one workspace: when, which rhythms, who or what started it, and what came of it.
    The deliveries it attempted point at it (Delivery.run)."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="digest_runs")
    rhythms = models.JSONField(_("rhythms"), default=list)
    trigger = models.CharField(_("started by"), max_length=10, choices=DigestTrigger.choices,
                               default=DigestTrigger.SCHEDULE)
    triggered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("staff member"), null=True,
                                     blank=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    messages_sent = models.PositiveIntegerField(_("messages sent"), default=0)
    deliveries_claimed = models.PositiveIntegerField(_("new items"), default=0)
    deliveries_sent = models.PositiveIntegerField(_("items sent"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    bounced = models.PositiveIntegerField(_("bounced"), default=0)
    stopped = models.TextField(_("stopped early because"), blank=True)

    class Meta:
        db_table = "opportunities_digestrun"
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["workspace", "started_at"], name="digest_run_workspace_idx")]
        verbose_name = _("digest run")
        verbose_name_plural = _("digest runs")

    def __str__(self) -> str:
        return f"{self.workspace_id} {self.started_at:%Y-%m-%d %H:%M} {self.trigger}"


class Delivery(models.Model):
    """One opportunity for one subscriber, claimed before sending: the unique key keeps it from going out twice."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="deliveries")
    kind = models.CharField(max_length=12, choices=DeliveryKind.choices, default=DeliveryKind.DIGEST)
    status = models.CharField(max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    run = models.ForeignKey(DigestRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries",
                            help_text="the digest run that last attempted it")

    class Meta:
        db_table = "opportunities_delivery"
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "opportunity", "kind"], name="delivery_once"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_pending_idx")]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self) -> str:
        return f"{self.kind} {self.opportunity_id} → {self.subscriber_id}: {self.status}"


class ProgrammeFollow(models.Model):
    """A staff member follows a funding programme: reminders before its calls close."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="programme_follows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_follows")
    programme = models.ForeignKey("funding.Programme", on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "opportunities_programmefollow"
        constraints = [
            models.UniqueConstraint(fields=["workspace", "user", "programme"], name="programme_follow_once"),
        ]
        verbose_name = _("followed programme")
        verbose_name_plural = _("followed programmes")

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.programme_id}"


class StaffReminder(models.Model):
    """A reminder sent to a staff member about a call (catalogue call or the workspace's own call opportunity)."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    call = models.ForeignKey("funding.Call", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    opportunity = models.ForeignKey(Opportunity, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=DeliveryKind.choices)
    status = models.CharField(max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "opportunities_staffreminder"
        constraints = [
            models.UniqueConstraint(fields=["workspace", "user", "call", "kind"], name="staff_reminder_call_once",
                                    condition=models.Q(call__isnull=False)),
            models.UniqueConstraint(fields=["workspace", "user", "opportunity", "kind"],
                                    name="staff_reminder_opportunity_once",
                                    condition=models.Q(opportunity__isnull=False)),
            models.CheckConstraint(condition=models.Q(call__isnull=False) | models.Q(opportunity__isnull=False),
                                   name="staff_reminder_has_subject"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.call_id or self.opportunity_id} → {self.user_id}: {self.status}"


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


class PartnerInquiry(models.Model):
    """A case opened by the public "looking for a partner" form."""

    personal_fields = ("email",)  # masked in the history (audit/services.py)

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="partner_inquiries")
    # Both reach the staff notice's headers (subject): no line breaks.
    organisation_name = models.CharField(_("organisation"), max_length=200, validators=[validate_single_line])
    contact_name = models.CharField(_("contact person"), max_length=100, validators=[validate_single_line])
    email = models.EmailField(_("e-mail address"))
    country = models.CharField(_("country"), max_length=2, validators=[validate_country])
    message = models.TextField(_("what kind of partner is sought"), max_length=5000)
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="partner_inquiries")
    status = models.CharField(_("status"), max_length=12, choices=InquiryStatus.choices, default=InquiryStatus.NEW)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "opportunities_partnerinquiry"
        ordering = ["-created_at", "-id"]
        verbose_name = _("partner inquiry")
        verbose_name_plural = _("partner inquiries")

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.country})"

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        validate_single_line(self.organisation_name)
        validate_single_line(self.contact_name)
        super().save(*args, **kwargs)
