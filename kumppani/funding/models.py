"""The catalogue of funding programmes these organisations use, and their calls: shared by every workspace."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import FIRST_YEAR, LAST_YEAR, validate_record_date
from kumppani.core.translated import TranslatedField, localized


class Programme(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = TranslatedField(_("name"), max_length=200, blank=False)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    period_start = models.PositiveSmallIntegerField(_("period starts (year)"))
    period_end = models.PositiveSmallIntegerField(_("period ends (year)"))
    managing_body = models.CharField(_("managing body"), max_length=200, blank=True)
    eligible_countries = models.JSONField(_("eligible countries"), default=list, blank=True,
                                          help_text=_("ISO 3166 codes"))
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True,
                                    related_name="programmes")
    url = models.URLField(_("link"), blank=True)
    description = TranslatedField(_("description"), multiline=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")

    def __str__(self) -> str:
        return self.short_name or localized(self.name)

    def clean(self) -> None:
        for name in ("period_start", "period_end"):
            year = getattr(self, name)
            if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
                raise ValidationError({name: _("Give a year between %(first)s and %(last)s.")
                                       % {"first": FIRST_YEAR, "last": LAST_YEAR}})
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period ends before it starts.")})


class Call(models.Model):
    programme = models.ForeignKey(Programme, verbose_name=_("programme"), on_delete=models.CASCADE,
                                  related_name="calls")
    title = TranslatedField(_("title"), max_length=300, blank=False)
    opens_on = models.DateField(_("opens"), null=True, blank=True, validators=[validate_record_date])
    closes_on = models.DateField(_("closes"), validators=[validate_record_date])
    url = models.URLField(_("link"), blank=True)
    description = TranslatedField(_("description"), multiline=True)

    class Meta:
        ordering = ["closes_on", "id"]
        verbose_name = _("call")
        verbose_name_plural = _("calls")

    def __str__(self) -> str:
        return localized(self.title)

    def clean(self) -> None:
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The call closes before it opens.")})
