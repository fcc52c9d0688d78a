"""The subscription form offers the programmes that still have calls ahead, and keeps one a subscriber follows."""

from django.utils import timezone

from kumppani.funding.models import Programme
from kumppani.subscriptions.forms import SubscribeForm


def test_only_programmes_of_current_periods_are_offered(sepra):
    year = timezone.localdate().year
    current = Programme.objects.create(slug="now", name={"en": "Now"}, period_start=year - 2, period_end=year + 4)
    past = Programme.objects.create(slug="past", name={"en": "Past"}, period_start=2007, period_end=2013)
    offered = set(SubscribeForm(sepra).fields["programmes"].queryset)  # type: ignore[attr-defined]
    assert current in offered and past not in offered


def test_a_followed_programme_of_a_past_period_stays_offered(sepra):
    past = Programme.objects.create(slug="past", name={"en": "Past"}, period_start=2007, period_end=2013)
    form = SubscribeForm(sepra, initial={"programmes": [past]})
    assert past in set(form.fields["programmes"].queryset)  # type: ignore[attr-defined]
