"""A workspace's strategy: periods, focus areas, measures and the indicators that measure them against targets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_period, validate_record_date
from kumppani.core.translated import TranslatedField, localized

FIRST_YEAR, LAST_YEAR = 1900, 2200  # of a baseline or a value entered by hand, as the API states


def check_year(name: str, year: int | None) -> None:
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError({name: _("Give a year between %(first)s and %(last)s.")
                               % {"first": FIRST_YEAR, "last": LAST_YEAR}})


class Strategy(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="strategies")
    name = TranslatedField(_("name"), max_length=200, blank=False)
    starts_on = models.DateField(_("period starts"), validators=[validate_record_date])
    ends_on = models.DateField(_("period ends"), validators=[validate_record_date])

    class Meta:
        ordering = ["workspace", "-starts_on"]
        constraints = [models.CheckConstraint(condition=models.Q(ends_on__gt=models.F("starts_on")),
                                              name="strategy_ends_after_start")]
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")

    def __str__(self) -> str:
        return f"{localized(self.name)} {self.starts_on.year}–{self.ends_on.year}"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on <= self.starts_on:
            raise ValidationError({"ends_on": _("The period ends after it starts.")})
        self.check_period()

    def check_period(self) -> None:
        """At most MAX_PERIOD_YEARS: the indicator form builds a target field per year of the period."""
        validate_period(self.starts_on, self.ends_on)


class Measure(models.Model):
    """A measure of a focus area, or of the strategy as a whole (serving all its focus areas)."""

    focus_area = models.ForeignKey("workspaces.FocusArea", verbose_name=_("focus area"), null=True, blank=True,
                                   on_delete=models.CASCADE, related_name="measures")
    strategy = models.ForeignKey(Strategy, verbose_name=_("strategy"), null=True, blank=True,
                                 on_delete=models.CASCADE, related_name="measures",
                                 help_text=_("For a measure of the strategy as a whole, not of one focus area."))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = TranslatedField(_("measure"), max_length=400, blank=False)

    class Meta:
        ordering = ["focus_area", "position", "id"]
        constraints = [models.CheckConstraint(
            condition=models.Q(focus_area__isnull=False) | models.Q(strategy__isnull=False),
            name="measure_of_a_focus_area_or_a_strategy")]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")

    def __str__(self) -> str:
        return localized(self.title)

    def clean(self) -> None:
        if not self.focus_area_id and not self.strategy_id:
            raise ValidationError({"focus_area": _("Choose a focus area, or the strategy for a measure of it as a "
                                                   "whole.")})


class Source(models.TextChoices):
    ACTIVITIES = "activities", _("Activities")
    PROJECTS = "projects", _("Projects")
    PARTNERSHIPS = "partnerships", _("Partnerships")
    MEMBERSHIPS = "memberships", _("Network memberships")
    OUTPUTS = "outputs", _("Project outputs")
    GOOD_PRACTICES = "good_practices", _("Good practices")
    REPRESENTATIONS = "representations", _("Representations in networks")
    MANUAL = "manual", _("Entered by hand")


class Aggregate(models.TextChoices):
    COUNT = "count", _("Number of records")
    PARTICIPANTS = "participants", _("Sum of participants")
    YOUNG_PARTICIPANTS = "young_participants", _("Sum of young participants")
    TOTAL_BUDGET = "total_budget", _("Sum of total budgets")
    GRANT = "grant", _("Sum of grants")


class Direction(models.TextChoices):
    UP = "up", _("The more the better")
    DOWN = "down", _("The less the better")


class Indicator(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="indicators")
    strategy = models.ForeignKey(Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE,
                                 related_name="indicators")
    focus_area = models.ForeignKey("workspaces.FocusArea", verbose_name=_("focus area"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="indicators")
    measure = models.ForeignKey(Measure, verbose_name=_("measure"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="indicators")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = TranslatedField(_("name"), max_length=300, blank=False)
    unit = TranslatedField(_("unit"), max_length=40)
    baseline_value = models.DecimalField(_("baseline"), max_digits=16, decimal_places=2, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target = models.DecimalField(_("target for the period"), max_digits=16, decimal_places=2)
    baseline_is_example = models.BooleanField(
        _("the baseline is an example"), default=False,
        help_text=_("Not an agreed figure: shown marked as an example on the pages and in the reports."))
    target_is_example = models.BooleanField(
        _("the target is an example"), default=False,
        help_text=_("Not an agreed figure: shown marked as an example on the pages and in the reports."))
    yearly_targets = models.JSONField(_("targets per year"), default=dict, blank=True,
                                      help_text=_('e.g. {"2024": 2, "2025": 4}'))
    direction = models.CharField(_("direction"), max_length=4, choices=Direction.choices, default=Direction.UP)
    cumulative = models.BooleanField(_("cumulative"), default=True,
                                     help_text=_("The period's value is the sum of its years (else the latest year)."))
    source = models.CharField(_("counted from"), max_length=16, choices=Source.choices, default=Source.ACTIVITIES)
    aggregate = models.CharField(_("value"), max_length=20, choices=Aggregate.choices, default=Aggregate.COUNT)
    # Which records count: a dict of fixed keys (see kumppani/strategy/definitions.py), never code or SQL.
    filters = models.JSONField(_("filters"), default=dict, blank=True)

    class Meta:
        ordering = ["strategy", "position", "id"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return localized(self.name)

    def clean(self) -> None:
        check_year("baseline_year", self.baseline_year)
        if self.measure_id and self.focus_area_id and self.measure and self.measure.focus_area_id != self.focus_area_id:
            raise ValidationError({"measure": _("The measure belongs to another focus area.")})


class ManualValue(models.Model):
    """A value entered by hand for one year, with its source and evidence."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="manual_values")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    source = models.CharField(_("source"), max_length=300)
    evidence_url = models.URLField(_("evidence link"), blank=True)

    class Meta:
        ordering = ["indicator", "year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="one_manual_value_per_year")]
        verbose_name = _("value entered by hand")
        verbose_name_plural = _("values entered by hand")

    def __str__(self) -> str:
        return f"{self.year}: {self.value}"

    def clean(self) -> None:
        check_year("year", self.year)
