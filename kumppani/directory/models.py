"""The shared directory (organisations, themes, NUTS regions) and each workspace's people and relations."""

import functools
import gettext as gettext_module
from typing import Any, cast

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField, localized
from kumppani.directory import identifiers
from kumppani.directory.normalise import normalise_name


def validate_country(code: str) -> None:
    if pycountry.countries.get(alpha_2=code.upper()) is None:
        raise ValidationError(_("%(code)s is not an ISO 3166 country code."), params={"code": code})


@functools.cache
def country_code(code: Any) -> str:
    """A country code as the forms read it: "ee " is EE."""
    return str(code or "").strip().upper()


def country_codes(codes: Any) -> list[str]:
    """ISO 3166 codes each once, in upper case and alphabetical order; ValidationError for an unknown one."""
    found = sorted({country_code(code) for code in codes or [] if str(code or "").strip()})
    for code in found:
        validate_country(code)
    return found


@functools.cache  # gettext.translation() looks for the catalogue on disk at every call, and a list names many countries
def _country_translation(language: str) -> gettext_module.NullTranslations:
    try:
        return gettext_module.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except FileNotFoundError:
        return gettext_module.NullTranslations()


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in the active language, from pycountry's translations."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return _country_translation((language or get_language() or "fi")[:2]).gettext(country.name)


class Theme(models.Model):
    """A shared vocabulary of cooperation themes (tourism, Green Care, youth, energy…)."""

    slug = models.SlugField(max_length=60, unique=True)
    name = TranslatedField(_("name"), max_length=120, blank=False)
    # The workspace that looks after the shared facts; none for public records (imports, the shipped vocabulary).
    steward = models.ForeignKey("workspaces.Workspace", verbose_name=_("steward"), null=True, blank=True,
                                editable=False, on_delete=models.SET_NULL, related_name="stewarded_themes")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return localized(self.name)


class Region(models.Model):
    """A NUTS 2021 region (Eurostat), shipped with the project."""

    code = models.CharField(max_length=5, unique=True)
    name = models.CharField(max_length=200)
    level = models.PositiveSmallIntegerField()
    country = models.CharField(max_length=2, db_index=True, help_text="ISO 3166 alpha-2")

    class Meta:
        ordering = ["code"]
        verbose_name = _("NUTS region")
        verbose_name_plural = _("NUTS regions")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class OrganisationType(models.TextChoices):
    LEADER_GROUP = "leader", _("Leader group")
    FLAG = "flag", _("Fisheries action group (FLAG)")
    REGIONAL_COUNCIL = "regional_council", _("Regional council")
    MUNICIPALITY = "municipality", _("Municipality")
    UNIVERSITY = "university", _("University or college")
    SCHOOL = "school", _("School or training provider")
    RESEARCH = "research", _("Research organisation")
    COMPANY = "company", _("Company")
    ASSOCIATION = "association", _("Association")
    FOUNDATION = "foundation", _("Foundation")
    NETWORK = "network", _("Network")
    CHAMBER = "chamber", _("Chamber of commerce")
    PUBLIC_BODY = "public_body", _("Public authority")
    EU_BODY = "eu_body", _("EU body or office")
    OTHER = "other", _("Other")


ORGANISATION_TYPE_LABELS = dict(OrganisationType.choices)


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    """`with_theme_ids()`: each organisation fetched carries `theme_ids`, its themes' ids in the themes' order,
    read in one query of the link table. prefetch_related("themes") builds a related manager and a Theme (with its
    translated name) per link, which cost the API's organisation list a third of its answer."""

    _with_theme_ids = False

    def with_theme_ids(self) -> "OrganisationQuerySet":
        clone = self._chain()  # type: ignore[attr-defined]
        clone._with_theme_ids = True
        return clone

    def _clone(self) -> "OrganisationQuerySet":
        clone = super()._clone()  # type: ignore[misc]
        clone._with_theme_ids = self._with_theme_ids
        return clone

    def _fetch_all(self) -> None:
        fetching = self._result_cache is None  # type: ignore[attr-defined]
        super()._fetch_all()  # type: ignore[misc]
        if fetching and self._with_theme_ids and self._iterable_class is models.query.ModelIterable:
            attach_theme_ids(cast(list[Organisation], self._result_cache))


def attach_theme_ids(organisations: list["Organisation"]) -> None:
    found: dict[int, list[int]] = {organisation.pk: [] for organisation in organisations}
    if found:
        links = Organisation.themes.through.objects.filter(organisation_id__in=list(found)).order_by(
            "theme__slug").values_list("organisation_id", "theme_id")
        for organisation_id, theme_id in links:
            found[organisation_id].append(theme_id)
    for organisation in organisations:
        organisation.theme_ids = found[organisation.pk]


class Organisation(models.Model):
    """A shared directory entry: public facts every workspace sees."""

    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    type = models.CharField(_("type"), max_length=20, choices=OrganisationType.choices, default=OrganisationType.OTHER)
    country = models.CharField(_("country"), max_length=2, validators=[validate_country])
    region = models.ForeignKey(Region, verbose_name=_("NUTS region"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="organisations")
    business_id = models.CharField(_("Finnish business ID"), max_length=9, blank=True,
                                   validators=[identifiers.validate_finnish_business_id])
    ee_registry_code = models.CharField(_("Estonian registry code"), max_length=8, blank=True,
                                        validators=[identifiers.validate_estonian_registry_code])
    pic = models.CharField(_("EU PIC"), max_length=9, blank=True, validators=[identifiers.validate_pic])
    vat = models.CharField(_("VAT number"), max_length=20, blank=True, validators=[identifiers.validate_vat])
    website = models.URLField(_("website"), blank=True)
    description = TranslatedField(_("description"), multiline=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="organisations")
    # The workspace that looks after the shared facts; none for public records (imports).
    steward = models.ForeignKey("workspaces.Workspace", verbose_name=_("steward"), null=True, blank=True,
                                editable=False, on_delete=models.SET_NULL, related_name="stewarded_organisations")
    # Derived on save: lower-cased, accent-folded name used for matching and search.
    normalised_name = models.CharField(max_length=300, editable=False, db_index=True)
    search_text = models.CharField(max_length=500, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganisationQuerySet.as_manager()
    theme_ids: list[int]  # set by OrganisationQuerySet.with_theme_ids()

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["name", "id"], name="organisation_name_idx"),
            models.Index(fields=["country", "normalised_name"], name="organisation_match_idx"),
            models.Index(fields=["business_id"], name="organisation_business_id_idx"),
            models.Index(fields=["pic"], name="organisation_pic_idx"),
            models.Index(fields=["vat"], name="organisation_vat_idx"),
            models.Index(fields=["ee_registry_code"], name="organisation_ee_code_idx"),
            # Filtered in id order (partner search's organisations holding a theme, crosslingual.py)
            models.Index(fields=["country", "id"], name="organisation_country_idx"),
            models.Index(fields=["type", "id"], name="organisation_type_idx"),
            models.Index(fields=["region", "id"], name="organisation_region_idx"),
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    derived_fields = ("country", "normalised_name", "search_text")  # what refresh_derived_fields sets

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_derived_fields()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def refresh_derived_fields(self) -> None:
        self.country = self.country.upper()
        self.normalised_name = normalise_name(self.name)
        parts = [self.normalised_name, normalise_name(self.short_name), self.business_id, self.pic,
                 self.vat.upper(), self.ee_registry_code]
        self.search_text = " ".join(part for part in parts if part)[:500]

    def clean(self) -> None:
        if self.region_id and self.region and self.region.country != self.country.upper():
            raise ValidationError({"region": _("The region is not in the chosen country.")})

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def type_label(self) -> str:
        """get_type_display() for a list of many rows: Django's builds a dict of every choice on each call."""
        return str(ORGANISATION_TYPE_LABELS.get(self.type, self.type))

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class OrganisationNote(models.Model):
    """A workspace's private note on a shared organisation."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="organisation_notes")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("note"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self) -> str:
        return self.text[:60]


class PersonKind(models.TextChoices):
    STAFF = "staff", _("Staff")
    ELECTED = "elected", _("Elected official")
    PARTNER_CONTACT = "partner", _("Partner contact")


class Person(models.Model):
    """Personal data, per workspace: exportable and erasable."""

    personal_fields = ("email", "phone")  # masked in the history (audit/services.py)

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("name"), max_length=200)
    title = TranslatedField(_("job title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=PersonKind.choices, default=PersonKind.STAFF)
    organisation = models.ForeignKey(Organisation, verbose_name=_("organisation"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="people")
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent_to_publish = models.BooleanField(_("consents to be published"), default=False)
    consent_date = models.DateField(_("date of consent"), null=True, blank=True, validators=[validate_record_date])
    notes = models.TextField(_("notes"), blank=True)
    normalised_name = models.CharField(max_length=200, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["workspace", "name", "id"], name="person_name_idx")]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    derived_fields = ("normalised_name",)  # what refresh_derived_fields sets

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_derived_fields()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def refresh_derived_fields(self) -> None:
        self.normalised_name = normalise_name(self.name)

    def clean(self) -> None:
        if self.consent_to_publish and not self.consent_date:
            raise ValidationError({"consent_date": _("Give the date on which the person consented.")})


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    APPLYING = "applying", _("Applying")
    ENDED = "ended", _("Ended")


class Membership(models.Model):
    """The workspace belongs to a network (ERRIN, FEDARENE, Kodukant…), an organisation of the directory."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="memberships")
    network = models.ForeignKey(Organisation, verbose_name=_("network"), on_delete=models.CASCADE,
                                related_name="network_memberships")
    since = models.DateField(_("member since"), null=True, blank=True, validators=[validate_record_date])
    until = models.DateField(_("member until"), null=True, blank=True, validators=[validate_record_date])
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus.choices,
                              default=MembershipStatus.ACTIVE)
    description = TranslatedField(_("what the membership is for"), multiline=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["network__name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "network"], name="one_membership_per_network")]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return self.network.display_name

    def clean(self) -> None:
        if self.since and self.until and self.until < self.since:
            raise ValidationError({"until": _("The end is before the start.")})


class RepresentationRole(models.TextChoices):
    CONTACT = "contact", _("Contact person")
    REPRESENTATIVE = "representative", _("Representative")
    DEPUTY = "deputy", _("Deputy")


class Representation(models.Model):
    """A person's role for a network, a theme or a topic, with a term."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="representations")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE,
                               related_name="representations")
    role = models.CharField(_("role"), max_length=16, choices=RepresentationRole.choices,
                            default=RepresentationRole.CONTACT)
    membership = models.ForeignKey(Membership, verbose_name=_("network"), null=True, blank=True,
                                   on_delete=models.CASCADE, related_name="representations")
    theme = models.ForeignKey(Theme, verbose_name=_("theme"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="representations")
    topic = TranslatedField(_("other topic"), max_length=200,
                            help_text=_("A project or area of work that is neither a network nor a theme."))
    starts_on = models.DateField(_("term starts"), null=True, blank=True, validators=[validate_record_date])
    ends_on = models.DateField(_("term ends"), null=True, blank=True, validators=[validate_record_date])
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["person__name", "position", "id"]
        verbose_name = _("representation")
        verbose_name_plural = _("representations")

    def __str__(self) -> str:
        return f"{self.person} — {self.subject}"

    @property
    def subject(self) -> str:
        if self.membership is not None:
            return self.membership.network.short_name or self.membership.network.name
        if self.theme_id:
            return str(self.theme)
        return localized(self.topic)

    def clean(self) -> None:
        targets = [bool(self.membership_id), bool(self.theme_id), bool(self.topic)]
        if not any(targets):
            raise ValidationError(_("Choose a network, a theme or give a topic."))
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end is before the start.")})


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
    ENDED = "ended", _("Ended")


class Partnership(models.Model):
    """The workspace's relationship with a partner organisation."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="partnerships")
    organisation = models.ForeignKey(Organisation, verbose_name=_("partner organisation"),
                                     on_delete=models.CASCADE, related_name="partnerships")
    since = models.DateField(_("since"), null=True, blank=True, validators=[validate_record_date])
    status = models.CharField(_("status"), max_length=10, choices=PartnershipStatus.choices,
                              default=PartnershipStatus.ACTIVE)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="partnerships")
    description = TranslatedField(_("public description"), multiline=True)
    history = models.TextField(_("history notes"), blank=True)

    class Meta:
        ordering = ["organisation__country", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "organisation"], name="one_partnership_per_org")]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self) -> str:
        return self.organisation.display_name


class OrganisationOverride(models.Model):
    """A workspace's own values for what it shows of a shared organisation; what others see is untouched."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE,
                                  related_name="organisation_overrides")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="overrides")
    name = models.CharField(_("name"), max_length=300, blank=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = TranslatedField(_("description"), multiline=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "organisation"], name="one_override_per_org")]
        verbose_name = _("own values of an organisation")
        verbose_name_plural = _("own values of organisations")

    def __str__(self) -> str:
        return self.name or str(self.organisation)


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the steward")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class ChangeProposal(models.Model):
    """A workspace proposes new values for a shared organisation's or theme's facts to its steward."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="change_proposals")
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="change_proposals")
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.CASCADE, related_name="change_proposals")
    changes = models.JSONField(_("proposed values"), default=dict)
    reason = models.TextField(_("why"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=ProposalStatus.choices,
                              default=ProposalStatus.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("change proposal")
        verbose_name_plural = _("change proposals")

    def __str__(self) -> str:
        return str(self.organisation or self.theme)

    @property
    def record(self) -> "Organisation | Theme":
        return self.organisation or self.theme  # type: ignore[return-value]


class IdentifierScheme(models.TextChoices):
    FI_BUSINESS_ID = "fi_business_id", _("Finnish business ID")
    EE_REGISTRY_CODE = "ee_registry_code", _("Estonian registry code")
    DK_CVR = "dk_cvr", _("Danish CVR number")
    NO_ORGANISATION_NUMBER = "no_organisation_number", _("Norwegian organisation number")
    PIC = "pic", _("EU PIC")
    VAT = "vat", _("VAT number")


class OrganisationIdentifier(models.Model):
    """An identifier of an organisation beyond its own fields (a Danish CVR, a Norwegian organisation number, a
    second PIC…): importers add them, and the duplicate matching reads them with the fields."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="identifiers")
    scheme = models.CharField(_("scheme"), max_length=30, choices=IdentifierScheme.choices)
    value = models.CharField(_("identifier"), max_length=40)

    class Meta:
        ordering = ["scheme", "value"]
        indexes = [models.Index(fields=["scheme", "value"], name="organisation_identifier_idx")]
        constraints = [models.UniqueConstraint(fields=["organisation", "scheme", "value"],
                                               name="one_identifier_per_organisation")]
        verbose_name = _("identifier")
        verbose_name_plural = _("identifiers")

    def __str__(self) -> str:
        return f"{self.get_scheme_display()} {self.value}"

    def clean(self) -> None:
        validator = {
            IdentifierScheme.FI_BUSINESS_ID: identifiers.validate_finnish_business_id,
            IdentifierScheme.EE_REGISTRY_CODE: identifiers.validate_estonian_registry_code,
            IdentifierScheme.DK_CVR: identifiers.validate_danish_cvr,
            IdentifierScheme.NO_ORGANISATION_NUMBER: identifiers.validate_norwegian_organisation_number,
            IdentifierScheme.PIC: identifiers.validate_pic,
            IdentifierScheme.VAT: identifiers.validate_vat,
        }[IdentifierScheme(self.scheme)]
        validator(self.value)


class DistinctOrganisations(models.Model):
    """Staff said these two organisations are not the same: the name matching stops proposing the pair."""

    first = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["first", "second"], name="one_decision_per_pair")]
        verbose_name = _("organisations that are not the same")
        verbose_name_plural = _("organisations that are not the same")

    def __str__(self) -> str:
        return f"{self.first_id} ≠ {self.second_id}"
