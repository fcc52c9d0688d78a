"""Staff import a public data set from a page: a check that writes nothing, then the confirmation. The imported
records are public: every workspace reads them, no page edits them."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kumppani.audit.models import AuditEntry
from kumppani.projects.models import Project
from kumppani.projects.tests.public_import_helpers import SAMPLES

URL = "/w/sepra/public-records/import/"


def upload(client, data_format):
    path = SAMPLES[data_format]
    return client.post(URL, {"data_format": data_format,
                             "file": SimpleUploadedFile(path.name, path.read_bytes(), "text/csv")})


def test_staff_check_a_file_then_confirm_the_import(staff_client, bob, sepra):
    checked = upload(staff_client, "fi-2007")
    assert checked.status_code == 200
    assert "fi_erdf_esf_2007-2013_sample.csv" in checked.content.decode()
    assert not Project.objects.exists()
    token = checked.context["token"]
    done = staff_client.post(URL, {"token": token})
    assert done.status_code == 302 and done["Location"].startswith("/w/sepra/jobs/")
    job_page = staff_client.get(done["Location"])
    assert job_page.context["job"].status == "done"
    assert 'href="/w/sepra/projects/?public=on"' in job_page.content.decode()
    assert "10 projects created" in job_page.content.decode()
    assert Project.objects.filter(source="fi-2007", workspace__isnull=True).count() == 10
    entry = AuditEntry.objects.get(object_id="import:fi-2007")
    assert (entry.actor, entry.workspace) == (bob, sepra)
    assert staff_client.post(URL, {"token": token}).status_code == 302  # the token is spent
    assert Project.objects.count() == 10


def test_bad_rows_are_listed_and_only_an_explicit_choice_imports_the_good_ones(staff_client):
    checked = upload(staff_client, "fi-2014")
    page = checked.content.decode()
    assert "line 8: Aloituspvm: “7560” is not a date" in page
    assert "Import the good rows, leave out the bad ones" in page
    token = checked.context["token"]
    refused = staff_client.post(URL, {"token": token})
    assert refused.status_code == 409 and not Project.objects.exists()
    staff_client.post(URL, {"token": token, "skip_bad_rows": "1"})
    assert Project.objects.filter(source="fi-2014").count() == 6


def test_a_file_of_the_wrong_format_is_refused_next_to_the_file_field(staff_client):
    path = SAMPLES["dk-2007"]
    response = staff_client.post(URL, {"data_format": "fi-2007",
                                       "file": SimpleUploadedFile(path.name, path.read_bytes())})
    assert response.status_code == 400
    assert "This is not a fi-2007 file" in str(response.context["form"].errors["file"])


def test_another_users_token_is_refused(client, staff_client, alice):
    token = upload(staff_client, "se-2014").context["token"]
    client.force_login(alice)
    response = client.post(URL, {"token": token})
    assert response.status_code == 302 and response["Location"] == URL
    assert not Project.objects.exists()


@pytest.mark.parametrize("user", ["vera", "eero"])
def test_read_only_roles_cannot_import(client, user, request):
    client.force_login(request.getfixturevalue(user))
    assert client.get(URL).status_code == 403
    assert upload(client, "fi-2007").status_code == 403
    assert not Project.objects.exists()


def test_imported_records_are_read_by_every_workspace_and_edited_by_none(client, staff_client, charlie):
    staff_client.post(URL, {"token": upload(staff_client, "no-h2020").context["token"]})
    project = Project.objects.get(source_id="779469")
    assert "Haeolus" in staff_client.get(f"/w/sepra/projects/{project.pk}/").content.decode()
    client.force_login(charlie)
    assert "SINTEF AS" in client.get(f"/w/keski-suomi/projects/{project.pk}/").content.decode()
    for path in ("edit/", "delete/"):
        assert client.post(f"/w/keski-suomi/projects/{project.pk}/{path}", {"title_fi": "x"}).status_code == 404
        assert staff_client.post(f"/w/sepra/projects/{project.pk}/{path}", {"title_fi": "x"}).status_code == 404
    assert Project.objects.get(pk=project.pk).title["en"].startswith("Haeolus")
