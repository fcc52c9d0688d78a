"""Keep the partner-search index current in the writing transaction: every change to what a profile is made of
reindexes the organisations it touches (public part, or the owning workspace's part)."""

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from kumppani.directory.models import Organisation, OrganisationNote, Theme
from kumppani.partners import index
from kumppani.projects.models import Project, ProjectPartner
from kumppani.workspaces.models import Workspace


def reindex_project_partners(project_id: int, workspace_id: int | None) -> None:
    organisation_ids = list(ProjectPartner.objects.filter(project_id=project_id).values_list("organisation_id",
                                                                                             flat=True))
    _reindex(workspace_id, organisation_ids)


def _reindex(workspace_id: int | None, organisation_ids: list[int]) -> None:
    if not organisation_ids:
        return
    if workspace_id is None:
        index.reindex_public(organisation_ids)
    else:
        index.reindex_workspace(workspace_id, organisation_ids)


def organisation_saved(instance: Organisation, raw: bool = False, **_kwargs: Any) -> None:
    if not raw and not index.is_paused():
        index.reindex_public([instance.pk])


def organisation_deleted(instance: Organisation, **_kwargs: Any) -> None:
    # After the row and its cascades are gone (their own signals reindexed it meanwhile).
    if not index.is_paused():
        index.forget_organisation(instance.pk)


def organisation_themes_changed(instance: Any, action: str, reverse: bool, pk_set: set[int] | None,
                                **_kwargs: Any) -> None:
    if index.is_paused() or action not in ("post_add", "post_remove", "post_clear", "pre_clear"):
        return
    if not reverse:
        if action != "pre_clear":
            index.reindex_public([instance.pk])
        return
    # theme.organisations.add/remove/clear: the organisations involved (before a clear, remember them).
    if action == "pre_clear":
        instance._partner_index_cleared = list(instance.organisations.values_list("pk", flat=True))
        return
    ids = list(pk_set or []) or getattr(instance, "_partner_index_cleared", [])
    index.reindex_public(ids)


def project_saved(instance: Project, raw: bool = False, **_kwargs: Any) -> None:
    if not raw and not index.is_paused():
        reindex_project_partners(instance.pk, instance.workspace_id)


def project_themes_changed(instance: Any, action: str, reverse: bool, pk_set: set[int] | None,
                           **_kwargs: Any) -> None:
    if index.is_paused() or action not in ("post_add", "post_remove", "post_clear"):
        return
    projects = [instance] if not reverse else list(Project.objects.filter(pk__in=pk_set or []))
    for project in projects:
        reindex_project_partners(project.pk, project.workspace_id)


def partner_changed(instance: ProjectPartner, raw: bool = False, **_kwargs: Any) -> None:
    if raw or index.is_paused():
        return
    try:
        workspace_id = instance.project.workspace_id
    except Project.DoesNotExist:
        workspace_id = None
    _reindex(workspace_id, [instance.organisation_id])


def theme_saved(instance: Theme, raw: bool = False, **_kwargs: Any) -> None:
    if raw or index.is_paused():
        return
    index.reindex_public(_organisations_of_theme(instance))
    for workspace_id, organisation_id in ProjectPartner.objects.filter(
            project__themes=instance, project__workspace__isnull=False).values_list(
            "project__workspace_id", "organisation_id"):
        index.reindex_workspace(workspace_id, [organisation_id])


def theme_deleting(instance: Theme, **_kwargs: Any) -> None:
    instance._partner_index_affected = _organisations_of_theme(instance)  # type: ignore[attr-defined]


def theme_deleted(instance: Theme, **_kwargs: Any) -> None:
    if not index.is_paused():
        index.reindex_public(getattr(instance, "_partner_index_affected", []))


def _organisations_of_theme(theme: Theme) -> list[int]:
    direct = set(theme.organisations.values_list("pk", flat=True))
    through_projects = ProjectPartner.objects.filter(project__themes=theme, project__workspace__isnull=True)
    return sorted(direct | set(through_projects.values_list("organisation_id", flat=True)))


def note_changed(instance: OrganisationNote, raw: bool = False, **_kwargs: Any) -> None:
    if not raw and not index.is_paused():
        index.reindex_workspace(instance.workspace_id, [instance.organisation_id])


def workspace_deleted(instance: Workspace, **_kwargs: Any) -> None:
    index.forget_workspace(instance.pk)


def connect() -> None:
    uid = "partner_index_"
    post_save.connect(organisation_saved, sender=Organisation, dispatch_uid=uid + "organisation_saved")
    post_delete.connect(organisation_deleted, sender=Organisation, dispatch_uid=uid + "organisation_deleted")
    m2m_changed.connect(organisation_themes_changed, sender=Organisation.themes.through,
                        dispatch_uid=uid + "organisation_themes")
    post_save.connect(project_saved, sender=Project, dispatch_uid=uid + "project_saved")
    m2m_changed.connect(project_themes_changed, sender=Project.themes.through, dispatch_uid=uid + "project_themes")
    post_save.connect(partner_changed, sender=ProjectPartner, dispatch_uid=uid + "partner_saved")
    post_delete.connect(partner_changed, sender=ProjectPartner, dispatch_uid=uid + "partner_deleted")
    post_save.connect(theme_saved, sender=Theme, dispatch_uid=uid + "theme_saved")
    pre_delete.connect(theme_deleting, sender=Theme, dispatch_uid=uid + "theme_deleting")
    post_delete.connect(theme_deleted, sender=Theme, dispatch_uid=uid + "theme_deleted")
    post_save.connect(note_changed, sender=OrganisationNote, dispatch_uid=uid + "note_saved")
    post_delete.connect(note_changed, sender=OrganisationNote, dispatch_uid=uid + "note_deleted")
    post_delete.connect(workspace_deleted, sender=Workspace, dispatch_uid=uid + "workspace_deleted")
