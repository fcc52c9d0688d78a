"""A member follows a funding programme from its page, for reminders before its calls close, and stops again."""

from django.urls import reverse

from kumppani.funding.models import Programme
from kumppani.subscriptions.models import ProgrammeFollow


def test_a_member_follows_and_unfollows_a_programme_from_its_page(client, bob, sepra):
    client.force_login(bob)
    programme = Programme.objects.get(slug="erasmus-plus")
    page_url = reverse("funding:programme_detail", args=["sepra", programme.pk])
    follow_url = reverse("subscriptions:programme_follow", args=["sepra", programme.pk])
    assert follow_url in client.get(page_url).content.decode()

    response = client.post(follow_url, {"follow": "1"})

    assert response["Location"] == page_url
    assert ProgrammeFollow.objects.filter(workspace=sepra, user=bob, programme=programme).count() == 1
    assert 'name="follow" value="0"' in client.get(page_url).content.decode()

    client.post(follow_url, {"follow": "0"})
    assert not ProgrammeFollow.objects.exists()


def test_following_is_personal_so_a_viewer_may_follow_too(client, vera, sepra):
    client.force_login(vera)
    programme = Programme.objects.get(slug="erasmus-plus")

    client.post(reverse("subscriptions:programme_follow", args=["sepra", programme.pk]), {"follow": "1"})

    assert ProgrammeFollow.objects.get().user == vera


def test_following_twice_keeps_one_follow(client, bob, sepra):
    client.force_login(bob)
    programme = Programme.objects.get(slug="erasmus-plus")
    url = reverse("subscriptions:programme_follow", args=["sepra", programme.pk])

    client.post(url, {"follow": "1"})
    client.post(url, {"follow": "1"})

    assert ProgrammeFollow.objects.count() == 1
