"""load_demo builds the two seed workspaces and their users on an empty database, and never twice."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from kumppani.audit.models import AuditEntry
from kumppani.demo import data
from kumppani.directory.models import Membership, Partnership, Person, Representation
from kumppani.workspaces.models import FocusArea, Role, Workspace, WorkspaceMember

pytestmark = pytest.mark.django_db


def test_load_demo_creates_both_workspaces_on_an_empty_database():
    call_command("load_demo")
    sepra, ksl = Workspace.objects.get(slug="sepra"), Workspace.objects.get(slug="keski-suomi")
    assert sepra.public and ksl.public
    assert sepra.organisation.name == "Kehittämisyhdistys Sepra ry"
    assert ksl.organisation.region.code == "FI193"
    assert FocusArea.objects.filter(workspace=ksl).count() == 3
    assert Membership.objects.filter(workspace=ksl).count() == 7  # with BERST and BEA-APP
    assert Partnership.objects.filter(workspace=sepra, organisation__country="EE").count() == 4
    assert Representation.objects.filter(workspace=ksl, person__name="Hannu Koponen").count() == 5


def test_demo_texts_are_in_finnish_and_english():
    call_command("load_demo")
    for workspace in Workspace.objects.all():
        assert workspace.intro["fi"] and workspace.intro["en"]
        for area in FocusArea.objects.filter(workspace=workspace):
            assert area.title["fi"] and area.title["en"] and area.body["fi"] and area.body["en"]
        for membership in Membership.objects.filter(workspace=workspace):
            assert membership.description["fi"] and membership.description["en"]
        for person in Person.objects.filter(workspace=workspace):
            assert person.title["fi"] and person.title["en"]


def test_demo_users_have_their_roles_and_password():
    call_command("load_demo")
    roles = {(member.user.username, member.workspace.slug): member.role
             for member in WorkspaceMember.objects.select_related("user", "workspace")}
    assert roles == {
        ("alice", "sepra"): Role.ADMIN, ("alice", "keski-suomi"): Role.ADMIN, ("bob", "sepra"): Role.STAFF,
        ("vera", "sepra"): Role.VIEWER, ("charlie", "keski-suomi"): Role.STAFF,
    }
    assert get_user_model().objects.get(username="alice").check_password(data.PASSWORD)


def test_published_demo_people_consented_on_a_date_and_have_fictional_contact_details():
    call_command("load_demo")
    people = Person.objects.filter(consent_to_publish=True)
    assert people.count() == 5
    assert Person.objects.filter(consent_to_publish=False, kind="elected").count() == 2  # not published
    for person in Person.objects.all():
        assert person.email.endswith("@example.fi")
    for person in people:
        assert person.consent_to_publish and person.consent_date
        assert person.email.endswith("@example.fi")
        assert person.phone.startswith("+358 40 000 ")


def test_running_it_again_skips_the_existing_workspaces():
    call_command("load_demo")
    counts = (Person.objects.count(), Partnership.objects.count(), WorkspaceMember.objects.count())
    call_command("load_demo")
    assert (Person.objects.count(), Partnership.objects.count(), WorkspaceMember.objects.count()) == counts
    assert Workspace.objects.count() == 2


def test_if_empty_does_nothing_when_any_workspace_exists(ksl):
    call_command("load_demo", "--if-empty")
    assert list(Workspace.objects.values_list("slug", flat=True)) == ["keski-suomi"]
    assert not Person.objects.exists()


def test_loading_the_demo_records_each_record_once_as_written_by_the_system():
    call_command("load_demo")
    assert not AuditEntry.objects.exclude(actor=None).exists()
    created = AuditEntry.objects.filter(action="create", content_type__model="workspace")
    assert sorted(created.values_list("object_repr", flat=True)) == sorted(
        Workspace.objects.values_list("name", flat=True))
    assert AuditEntry.objects.filter(event="person.created").count() == Person.objects.count()
