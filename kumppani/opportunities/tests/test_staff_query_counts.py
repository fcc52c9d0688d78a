"""The opportunity and inquiry pages, the public page and the feeds run as many queries with 30 rows as with 3."""

from django.core.cache import cache
from django.urls import reverse

from kumppani.directory.models import Theme
from kumppani.directory.tests.growing_directory import queries_per_page
from kumppani.opportunities.tests.pages import days_from_now, opportunity
from kumppani.subscriptions.tests.pages import inquiry


class GrowingOpportunities:
    def __init__(self, workspace):
        self.workspace, self.size, self.first = workspace, 0, {}
        self.theme = Theme.objects.create(slug="shared", name={"fi": "Yhteinen"})

    def grow_to(self, size: int) -> "GrowingOpportunities":
        for number in range(self.size, size):
            theme = Theme.objects.create(slug=f"theme-{number}", name={"fi": f"Teema {number}"})
            call = opportunity(self.workspace, f"Haku {number}", kind="call", deadline=days_from_now(number + 1),
                               countries=["EE", "LV"], themes=[theme, self.theme])
            news = opportunity(self.workspace, f"Uutinen {number}", themes=[theme, self.theme])
            event = opportunity(self.workspace, f"Tapahtuma {number}", kind="event", starts_at=days_from_now(number),
                                ends_at=days_from_now(number + 1), themes=[self.theme])
            case = inquiry(self.workspace, f"Organisaatio {number}")
            case.themes.add(theme)
            for kind, record in (("call", call), ("news", news), ("event", event), ("inquiry", case)):
                self.first.setdefault(kind, record)
        self.size = size
        return self

    def staff_pages(self) -> dict[str, str]:
        first = self.first["call"].pk
        return {
            "list": reverse("opportunities:opportunity_list", args=["sepra"]),
            "list filtered": reverse("opportunities:opportunity_list", args=["sepra"]) + "?state=current&q=1",
            "detail": reverse("opportunities:opportunity_detail", args=["sepra", first]),
            "edit": reverse("opportunities:opportunity_edit", args=["sepra", first]),
            "new": reverse("opportunities:opportunity_create", args=["sepra"]),
            "inquiries": reverse("subscriptions:inquiry_list", args=["sepra"]),
            "inquiry": reverse("subscriptions:inquiry_detail", args=["sepra", self.first["inquiry"].pk]),
        }

    def public_pages(self) -> dict[str, str]:
        return {
            "public page": "/p/sepra/en/",
            "public opportunity": f"/p/sepra/en/opportunities/{self.first['call'].pk}/",
            "atom": "/p/sepra/feeds/opportunities.atom",
            "theme atom": "/p/sepra/feeds/themes/shared.atom",
            "calendar": "/p/sepra/feeds/deadlines.ics",
        }


def test_staff_pages_run_as_many_queries_with_30_opportunities_as_with_3(client, bob, sepra):
    client.force_login(bob)
    growing = GrowingOpportunities(sepra).grow_to(3)
    with_3 = queries_per_page(client, growing.staff_pages())

    growing.grow_to(30)

    assert queries_per_page(client, growing.staff_pages()) == with_3


def test_public_pages_and_feeds_run_as_many_queries_with_30_opportunities_as_with_3(client, sepra):
    cache.clear()
    growing = GrowingOpportunities(sepra).grow_to(3)
    with_3 = queries_per_page(client, growing.public_pages())

    growing.grow_to(30)

    assert queries_per_page(client, growing.public_pages()) == with_3
