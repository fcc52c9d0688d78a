"""What cooperation brings home: good practices, EU advocacy, and interns for short expert tasks."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField, localized
from kumppani.directory.models import validate_country


class Uptake(models.TextChoices):
    CONSIDERED = "considered", _("Considered")
    PILOTED = "piloted", _("Piloted")
    ADOPTED = "adopted", _("Adopted")
    SPREAD = "spread", _("Spread further")


class GoodPractice(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="good_practices")
    title = TranslatedField(_("title"), max_length=300, blank=False)
    learned = TranslatedField(_("what was learned"), multiline=True)
    source_organisation = models.ForeignKey("directory.Organisation", verbose_name=_("learned from"), null=True,
                                            blank=True, on_delete=models.SET_NULL, related_name="good_practices")
    source_country = models.CharField(_("country of origin"), max_length=2, blank=True,
                                      validators=[validate_country])
    source_project = models.ForeignKey("projects.Project", verbose_name=_("project"), null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="good_practices")
    taken_up_at = models.CharField(_("taken up at"), max_length=300, blank=True,
                                   help_text=_("Where it was taken up, e.g. Virolahti, Pyhtää"))
    uptake = models.CharField(_("how far"), max_length=12, choices=Uptake.choices, default=Uptake.CONSIDERED)
    taken_up_on = models.DateField(_("taken up on"), null=True, blank=True, validators=[validate_record_date])
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="good_practices")

    class Meta:
        ordering = ["-taken_up_on", "id"]
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def __str__(self) -> str:
        return localized(self.title)


class AdvocacyItem(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="advocacy_items")
    topic = TranslatedField(_("EU topic"), max_length=300, blank=False)
    position = TranslatedField(_("position taken"), multiline=True)
    channel = models.ForeignKey("directory.Organisation", verbose_name=_("channel"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="advocacy_items",
                                help_text=_("The network or office it went through, e.g. WFEO, FEDARENE"))
    dated = models.DateField(_("date"), validators=[validate_record_date])
    outcome = TranslatedField(_("outcome"), multiline=True)

    class Meta:
        ordering = ["-dated", "id"]
        verbose_name = _("advocacy item")
        verbose_name_plural = _("advocacy items")

    def __str__(self) -> str:
        return localized(self.topic)


class InternshipStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for applications")
    FILLED = "filled", _("Filled")
    CLOSED = "closed", _("Closed")


class Internship(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="internships")
    title = TranslatedField(_("title"), max_length=300, blank=False)
    task = TranslatedField(_("task"), multiline=True)
    starts_on = models.DateField(_("starts"), null=True, blank=True, validators=[validate_record_date])
    ends_on = models.DateField(_("ends"), null=True, blank=True, validators=[validate_record_date])
    apply_by = models.DateField(_("apply by"), null=True, blank=True, validators=[validate_record_date])
    status = models.CharField(_("status"), max_length=10, choices=InternshipStatus.choices,
                              default=InternshipStatus.DRAFT)

    class Meta:
        ordering = ["-apply_by", "id"]
        verbose_name = _("internship")
        verbose_name_plural = _("internships")

    def __str__(self) -> str:
        return localized(self.title)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = gettext("The end is before the start.")
        if self.apply_by and self.starts_on and self.apply_by > self.starts_on:
            errors["apply_by"] = gettext("The application deadline is after the start.")
        if errors:
            raise ValidationError(errors)


class ApplicantStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    INTERVIEW = "interview", _("Interview")
    SELECTED = "selected", _("Selected")
    DECLINED = "declined", _("Declined")


class Applicant(models.Model):
    personal_fields = ("email",)  # masked in the history (audit/services.py)

    internship = models.ForeignKey(Internship, on_delete=models.CASCADE, related_name="applicants")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    applied_on = models.DateField(_("applied on"), validators=[validate_record_date])
    status = models.CharField(_("status"), max_length=10, choices=ApplicantStatus.choices,
                              default=ApplicantStatus.RECEIVED)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["internship", "applied_on", "id"]
        verbose_name = _("applicant")
        verbose_name_plural = _("applicants")

    def __str__(self) -> str:
        return self.name
