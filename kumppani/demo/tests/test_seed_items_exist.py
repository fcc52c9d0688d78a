"""What the two seed pages name is in the demo record: COMCOT, King's Road, Green Belt, EduCluster, CREADIS3…"""

from kumppani.activities.models import Activity
from kumppani.directory.models import Membership
from kumppani.projects.models import Output, Project
from kumppani.results.models import AdvocacyItem, GoodPractice, Internship


def project(slug: str, title: str) -> Project:
    return Project.objects.get(workspace__slug=slug, title__fi__icontains=title)


def test_sepra_record_names_the_results_of_its_seed_page(demo):
    comcot = project("sepra", "COMCOT – yhteisölähtöisen")
    assert comcot.status == "closed" and comcot.partners.filter(organisation__country="EE").exists()
    transfer = project("sepra", "COMCOT Virolahdelle ja Pyhtäälle")
    assert set(transfer.partners.values_list("organisation__name", flat=True)) >= {"Virolahden kunta",
                                                                                    "Pyhtään kunta"}
    practice = GoodPractice.objects.get(workspace__slug="sepra", source_project=comcot)
    assert practice.taken_up_at == "Virolahti, Pyhtää"
    assert Output.objects.filter(project__workspace__slug="sepra", title__en="The King's Road association").exists()
    assert Output.objects.filter(project__workspace__slug="sepra", title__fi__icontains="Green Belt").exists()
    assert project("sepra", "Joet ja järvet").programme.slug == "leader-cooperation"
    assert project("sepra", "Green Care").programme.slug == "erasmus-plus"
    assert Project.objects.filter(workspace__slug="sepra", programme__slug="erasmus-plus").count() >= 3
    assert Activity.objects.filter(workspace__slug="sepra", membership__network__name="Europe Direct").count() >= 3
    assert Activity.objects.filter(workspace__slug="sepra", country="NO", youth_led=True).exists()


def test_keski_suomi_record_names_the_work_of_its_seed_page(demo):
    creadis3 = project("keski-suomi", "CREADIS3")
    assert creadis3.programme.slug == "interreg-europe-2014-2020"
    assert creadis3.partners.count() == 6
    assert project("keski-suomi", "EduCluster Finland").outputs.filter(title__fi__icontains="EduCluster").exists()
    assert Project.objects.filter(workspace__slug="keski-suomi", programme__slug="interreg-baltic-sea-region").exists()
    assert Project.objects.filter(workspace__slug="keski-suomi", summary__fi__icontains="Comenius Regio").exists()
    for network in ("ERRIN", "FEDARENE", "WFEO"):
        membership = Membership.objects.get(workspace__slug="keski-suomi", network__short_name=network)
        assert Activity.objects.filter(membership=membership).exists(), network
    channels = set(AdvocacyItem.objects.filter(workspace__slug="keski-suomi")
                   .values_list("channel__short_name", flat=True))
    assert {"WFEO", "FEDARENE"} <= channels
    assert Activity.objects.filter(workspace__slug="keski-suomi", country__in=["DK", "NL"]).count() >= 3


def test_keski_suomi_has_an_internship_posting_with_fictional_applicants(demo):
    posting = Internship.objects.get(workspace__slug="keski-suomi", status="open")
    applicants = list(posting.applicants.all())
    assert len(applicants) >= 2
    assert all(applicant.email.endswith("@example.org") for applicant in applicants)


def test_sepra_has_new_networks_with_international_partners_in_2025_and_2026(demo):
    new = Membership.objects.filter(workspace__slug="sepra", since__year__in=[2025, 2026])
    assert new.count() >= 4
    assert all(Activity.objects.filter(membership=membership, international=True).exists() for membership in new)
