"""Build the demo workspaces of data.py with the plain ORM, in one transaction, without history entries.

Every record is validated (full_clean) before it is saved, so the demo cannot hold what a form would refuse.
Shared records (themes, directory organisations, users) are reused when they exist already.
"""

from typing import Any, TypeVar

from django.contrib.auth import get_user_model
from django.db import models, transaction

from kumppani.demo import data
from kumppani.demo.shapes import DemoOrganisation, DemoRole, DemoWorkspace
from kumppani.directory.models import (
    Membership,
    Organisation,
    Partnership,
    Person,
    Region,
    Representation,
    Theme,
)
from kumppani.directory.normalise import normalise_name
from kumppani.workspaces.models import FocusArea, Workspace, WorkspaceMember

M = TypeVar("M", bound=models.Model)


def saved(obj: M) -> M:
    obj.full_clean()
    obj.save()
    return obj


@transaction.atomic
def load_demo() -> list[str]:
    """Create the demo workspaces that do not exist yet and the demo users; return the slugs created."""
    themes = {slug: ensure_theme(slug, name) for slug, name in data.THEMES.items()}
    organisations = {key: ensure_organisation(spec, themes) for key, spec in data.ORGANISATIONS.items()}
    created = [build_workspace(spec, organisations, themes) for spec in data.WORKSPACES
               if not Workspace.objects.filter(slug=spec.slug).exists()]
    ensure_users({workspace.slug: workspace for workspace in created})
    return [workspace.slug for workspace in created]


def ensure_theme(slug: str, name: dict[str, str]) -> Theme:
    theme = Theme.objects.filter(slug=slug).first()
    return theme or saved(Theme(slug=slug, name=name))


def ensure_organisation(spec: DemoOrganisation, themes: dict[str, Theme]) -> Organisation:
    existing = Organisation.objects.filter(country=spec.country, normalised_name=normalise_name(spec.name)).first()
    if existing:
        return existing
    organisation = saved(Organisation(
        name=spec.name, short_name=spec.short_name, type=spec.type, country=spec.country,
        region=Region.objects.get(code=spec.region) if spec.region else None,
        website=spec.website, description=spec.description,
    ))
    organisation.themes.set([themes[slug] for slug in spec.themes])
    return organisation


def build_workspace(spec: DemoWorkspace, organisations: dict[str, Organisation], themes: dict[str, Theme]) -> Workspace:
    workspace = saved(Workspace(slug=spec.slug, name=spec.name, organisation=organisations[spec.organisation],
                                intro=spec.intro, public=True))
    for position, (title, body) in enumerate(spec.focus_areas, start=1):
        saved(FocusArea(workspace=workspace, position=position, title=title, body=body))
    memberships = {
        item.network: saved(Membership(workspace=workspace, network=organisations[item.network],
                                       description=item.description, since=item.since))
        for item in spec.memberships
    }
    for item in spec.partnerships:
        partnership = saved(Partnership(workspace=workspace, organisation=organisations[item.organisation],
                                        description=item.description, since=item.since))
        partnership.themes.set([themes[slug] for slug in item.themes])
    for contact in spec.contacts:
        person = saved(Person(
            workspace=workspace, name=contact.person.name, title=contact.person.title, kind=contact.person.kind,
            organisation=organisations[spec.organisation], email=contact.person.email, phone=contact.person.phone,
            consent_to_publish=contact.person.consent_date is not None, consent_date=contact.person.consent_date,
        ))
        for position, role in enumerate(contact.roles):
            saved(Representation(workspace=workspace, person=person, position=position,
                                 **role_target(role, memberships, themes)))
    return workspace


def role_target(role: DemoRole, memberships: dict[str, Membership], themes: dict[str, Theme]) -> dict[str, Any]:
    if role.network:
        return {"role": role.role, "membership": memberships[role.network]}
    if role.theme:
        return {"role": role.role, "theme": themes[role.theme]}
    return {"role": role.role, "topic": role.topic}


def ensure_users(workspaces: dict[str, Workspace]) -> None:
    """The demo users, with their roles in the workspaces created now; existing users keep their password."""
    user_model = get_user_model()
    for spec in data.USERS:
        user = user_model.objects.filter(username=spec.username).first()
        if user is None:
            user = user_model.objects.create_user(spec.username, f"{spec.username}@example.fi", data.PASSWORD,
                                                  first_name=spec.first_name)
        for slug, role in spec.roles.items():
            if slug in workspaces:
                WorkspaceMember.objects.get_or_create(workspace=workspaces[slug], user=user,
                                                      defaults={"role": role})
