"""The partner-search index, kept in the database so that it is transactional and every process sees it.

Public profiles (an organisation's description, themes and public projects) are indexed once for everybody;
a workspace's private projects and notes add a separate, smaller profile part that only that workspace reads.
Document frequencies and the average profile length count public profiles only, so nothing one workspace
writes can move another workspace's scores.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    text = models.CharField(max_length=64, unique=True)
    documents = models.PositiveIntegerField(default=0, help_text="Public profiles that contain the term")

    def __str__(self) -> str:
        return self.text


class Posting(models.Model):
    """A term of an organisation's public profile: its frequency, the profile's length and the BM25 impact
    (without the idf) that orders each term's list so that a query reads only its best postings; and the
    organisation's packed filter key (facets.py), so that a filtered query skips postings inside the impact index."""

    pk = models.CompositePrimaryKey("organisation_id", "term_id")
    # No single-column indexes: the primary key (organisation, term) and the impact index (term, …) serve, and each
    # extra index would be maintained row by row during a rebuild.
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.DO_NOTHING, db_constraint=False,
                                     db_index=False, related_name="+")
    term = models.ForeignKey(Term, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                             related_name="+")
    tf = models.FloatField()
    length = models.FloatField()
    impact = models.FloatField()
    filter_key = models.BigIntegerField(default=0, help_text="The organisation's country, type and region (facets.py)")

    class Meta:
        indexes = [models.Index(fields=["term", "-impact", "organisation", "tf", "length", "filter_key"],
                                name="partners_posting_impact_idx")]

    def __str__(self) -> str:
        return f"{self.term_id}:{self.organisation_id}"


class WorkspacePosting(models.Model):
    """A term of the part of an organisation's profile that only one workspace sees (its projects, its notes)."""

    pk = models.CompositePrimaryKey("workspace_id", "organisation_id", "term_id")
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.DO_NOTHING, db_constraint=False,
                                  related_name="+")
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.DO_NOTHING, db_constraint=False,
                                     related_name="+")
    term = models.ForeignKey(Term, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                             related_name="+")  # the (workspace, term) index serves
    tf = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["workspace", "term"], name="partners_wsposting_term_idx")]

    def __str__(self) -> str:
        return f"{self.workspace_id}:{self.term_id}:{self.organisation_id}"


class Profile(models.Model):
    """The length (in terms) and evidence (projects) of an organisation's public profile."""

    organisation = models.OneToOneField("directory.Organisation", primary_key=True, on_delete=models.DO_NOTHING,
                                        db_constraint=False, related_name="+")
    length = models.FloatField(default=0)
    projects = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.length:g}"


class WorkspaceProfile(models.Model):
    pk = models.CompositePrimaryKey("workspace_id", "organisation_id")
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.DO_NOTHING, db_constraint=False,
                                  related_name="+")
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.DO_NOTHING, db_constraint=False,
                                     related_name="+")
    length = models.FloatField(default=0)
    projects = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.workspace_id}:{self.organisation_id}: {self.length:g}"


class IndexStats(models.Model):
    """One row: the number of non-empty public profiles and their total length (for BM25's average length)."""

    profiles = models.PositiveIntegerField(default=0)
    total_length = models.FloatField(default=0)

    def __str__(self) -> str:
        return f"{self.profiles} profiles"


class Shortlist(models.Model):
    """A workspace's named list of organisations found in the partner search; with a project, the project's
    candidate partners."""

    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="shortlists")
    name = models.CharField(_("name"), max_length=200)
    project = models.OneToOneField("projects.Project", verbose_name=_("project"), null=True, blank=True,
                                   on_delete=models.CASCADE, related_name="candidate_list")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="one_shortlist_per_name")]
        verbose_name = _("shortlist")
        verbose_name_plural = _("shortlists")

    def __str__(self) -> str:
        return self.name


class ShortlistEntry(models.Model):
    shortlist = models.ForeignKey(Shortlist, on_delete=models.CASCADE, related_name="entries")
    organisation = models.ForeignKey("directory.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="shortlist_entries")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["shortlist", "organisation__name", "id"]
        constraints = [models.UniqueConstraint(fields=["shortlist", "organisation"],
                                               name="one_entry_per_organisation")]
        verbose_name = _("shortlisted organisation")
        verbose_name_plural = _("shortlisted organisations")

    def __str__(self) -> str:
        return str(self.organisation)

class ProjectVector(models.Model):
    """The embedding (semantic.py, int8) of a public project's title and summary, with a digest of the text it was
    computed from, so that an unchanged project is never embedded again."""

    project = models.OneToOneField("projects.Project", primary_key=True, on_delete=models.DO_NOTHING,
                                   db_constraint=False, related_name="+")
    digest = models.CharField(max_length=32)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.project_id}"


class OrganisationVector(models.Model):
    """An organisation's dense profile (dense.py): the unit mean of its public projects' and description's vectors
    as int8, its centred sign bits for the scan, its number of projects (the evidence prior) and filter key.
    Rows are never deleted, only emptied (bits b""), and carry the VectorState version at which they were written,
    so that a search process reads only the rows changed since it last looked."""

    organisation = models.OneToOneField("directory.Organisation", primary_key=True, on_delete=models.DO_NOTHING,
                                        db_constraint=False, related_name="+")
    version = models.BigIntegerField(db_index=True)
    projects = models.PositiveIntegerField(default=0)
    filter_key = models.BigIntegerField(default=0, help_text="The organisation's country, type and region (facets.py)")
    bits = models.BinaryField(default=b"")
    vector = models.BinaryField(default=b"")
    description_digest = models.CharField(max_length=32, blank=True, default="")
    description_vector = models.BinaryField(default=b"")

    def __str__(self) -> str:
        return f"{self.organisation_id}@{self.version}"


class VectorState(models.Model):
    """One row: the version of the last write of dense profiles, the centre their sign bits are taken around
    (float32), and the generation, new at every full recomputation (search processes then reload everything)."""

    version = models.BigIntegerField(default=0)
    generation = models.CharField(max_length=32, default="")
    centre = models.BinaryField(default=b"")

    def __str__(self) -> str:
        return f"{self.generation}:{self.version}"
