"""The activity page's form: a valid study trip is saved with its history; each bad value is refused next to its
field, and nothing is saved."""

import pytest
from django.urls import reverse

from kumppani.activities.models import Activity
from kumppani.activities.tests.records import form_data
from kumppani.audit.models import AuditEntry
from kumppani.audit.services import restore
from kumppani.directory.models import Membership, Organisation
from kumppani.projects.models import Project
from kumppani.workspaces.models import FocusArea


@pytest.fixture
def page(client, bob, sepra):
    client.force_login(bob)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return reverse("activities:activity_create", args=["sepra"])


def field_html(response, name: str) -> str:
    """The HTML of one field's block on the form page."""
    html = response.content.decode()
    start = html.rindex("<div", 0, html.index(f'id="field-{name}"'))
    end = html.find('id="field-', html.index(f'id="field-{name}"') + 1)
    return html[start:end if end > 0 else None]


def test_a_valid_study_trip_is_saved_with_its_history(client, page, sepra, kodukant):
    response = client.post(page, form_data(organisers=[kodukant.pk], countries_represented=["ee", "FI", "EE"]))

    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.workspace == sepra
    assert activity.title == {"fi": "Opintomatka Tarttoon", "en": "Study trip to Tartu"}
    assert str(activity.ends_on) == "2026-05-06"
    assert list(activity.organisers.all()) == [kodukant]
    assert activity.countries_represented == ["EE", "FI"]
    assert (activity.participants, activity.young_participants, activity.women) == (30, 12, 16)
    assert activity.international and not activity.youth_led
    assert AuditEntry.objects.filter(object_id=str(activity.pk), action="create").exists()
    assert response["Location"] == reverse("activities:activity_detail", args=["sepra", activity.pk])


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"ends_on": "2026-05-03"}, "ends_on", "The end is before the start."),
    ({"young_participants": "31"}, "young_participants", "31 young people is more than the 30 participants."),
    ({"women": "20", "men": "11", "other_gender": "0"}, "women",
     "Women, men and other together (31) are more than the 30 participants."),
    ({"participants": "3", "young_participants": "1", "women": "1", "men": "1", "other_gender": "1",
      "organisations_represented": "4"}, "organisations_represented",
     "4 organisations cannot be represented by 3 participants."),
    ({"participants": "1", "young_participants": "1", "women": "1", "men": "0", "other_gender": "0",
      "organisations_represented": "1"}, "countries_represented",
     "2 countries cannot be represented by 1 participant."),
    ({"country": "XX"}, "country", "XX is not an ISO 3166 country code."),
    ({"countries_represented": ["FI", "QQ"]}, "countries_represented", "QQ is not an ISO 3166 country code."),
    ({"participants": "-1"}, "participants", "greater than or equal to 0"),
    ({"starts_on": "4.5.2026x"}, "starts_on", "Enter a valid date."),
    ({"title_fi": ""}, "title", "This field is required."),
])
def test_a_bad_value_is_refused_next_to_its_field_and_nothing_is_saved(client, page, changes, field, message):
    response = client.post(page, form_data(**changes))

    assert response.status_code == 400
    assert "has-error" in field_html(response, field)
    assert message in field_html(response, field)
    assert not Activity.objects.exists()
    assert not AuditEntry.objects.exists()


def test_the_form_keeps_what_was_typed_after_an_error(client, page):
    response = client.post(page, form_data(ends_on="2026-05-01"))

    assert 'value="Tartu"' in field_html(response, "town")
    assert 'value="2026-05-01"' in field_html(response, "ends_on")


def test_an_edit_that_breaks_a_rule_changes_nothing(client, page, sepra, bob):
    client.post(page, form_data())
    activity = Activity.objects.get()
    edit = reverse("activities:activity_edit", args=["sepra", activity.pk])

    response = client.post(edit, form_data(title_fi="Muutettu", young_participants="99"))

    assert response.status_code == 400
    activity.refresh_from_db()
    assert activity.title["fi"] == "Opintomatka Tarttoon"
    assert AuditEntry.objects.filter(action="update").count() == 0


def test_links_to_another_workspaces_records_are_refused(client, page, ksl, kodukant):
    their_project = Project.objects.create(workspace=ksl, title={"fi": "Keski-Suomen hanke"})
    their_membership = Membership.objects.create(workspace=ksl, network=kodukant)
    their_focus_area = FocusArea.objects.create(workspace=ksl, title={"fi": "Heidän painopisteensä"})

    response = client.post(page, form_data(project=their_project.pk, membership=their_membership.pk,
                                           focus_area=their_focus_area.pk))

    assert response.status_code == 400
    for field in ("project", "membership", "focus_area"):
        assert "Select a valid choice" in field_html(response, field)
    assert "Keski-Suomen hanke" not in response.content.decode()
    assert not Activity.objects.exists()


def test_a_public_project_record_and_the_workspaces_own_links_are_accepted(client, page, sepra, kodukant):
    public = Project.objects.create(workspace=None, source="fi-eakr", source_id="A123",
                                    title={"fi": "Julkinen hanke"})
    membership = Membership.objects.create(workspace=sepra, network=kodukant)
    focus_area = FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu"})

    response = client.post(page, form_data(project=public.pk, membership=membership.pk, focus_area=focus_area.pk))

    assert response.status_code == 302
    activity = Activity.objects.get()
    assert (activity.project, activity.membership, activity.focus_area) == (public, membership, focus_area)


def test_organisers_offered_are_the_chosen_and_those_the_workspace_knows(client, page, sepra, kodukant):
    Membership.objects.create(workspace=sepra, network=kodukant)
    stranger = Organisation.objects.create(name="Unknown Oy", country="FI")

    html = field_html(client.get(page), "organisers")

    assert "Kodukant" in html and "Unknown Oy" not in html
    response = client.post(page, form_data(organisers=[stranger.pk], ends_on="2026-05-01"))
    assert f'value="{stranger.pk}" checked' in field_html(response, "organisers")


def test_a_viewer_cannot_open_or_post_the_form(client, vera):
    client.force_login(vera)

    assert client.get(reverse("activities:activity_create", args=["sepra"])).status_code == 403
    assert client.post(reverse("activities:activity_create", args=["sepra"]), form_data()).status_code == 403
    assert not Activity.objects.exists()


def test_a_deleted_activity_comes_back_with_its_organisers(client, page, sepra, bob, kodukant):
    client.post(page, form_data(organisers=[kodukant.pk]))
    activity = Activity.objects.get()

    response = client.post(reverse("activities:activity_delete", args=["sepra", activity.pk]))

    assert response.status_code == 302
    assert not Activity.objects.exists()
    restore(AuditEntry.objects.get(action="delete"), bob)
    assert list(Activity.objects.get().organisers.all()) == [kodukant]
