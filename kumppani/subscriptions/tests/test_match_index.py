"""The set index a digest run matches with agrees with Item.matches, the rule written out per item."""

import datetime
import itertools
import random

from kumppani.subscriptions.delivery import Item, MatchIndex


def test_match_index_picks_exactly_the_items_that_match():
    rng = random.Random(6)
    moment = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    themes, countries, languages = [1, 2, 3, 4], ["FI", "EE", "SE"], ["fi", "en", "et"]

    def some(values):
        return frozenset(rng.sample(values, rng.choice([0, 0, 1, 2])))

    items = [Item(id=pk, kind="news", theme_ids=some(themes), countries=some(countries), languages=some(languages),
                  changed_at=moment, sort_key=(pk,)) for pk in range(1, 60)]
    index = MatchIndex(items)
    for theme_count, country_count, language in itertools.product(range(3), range(3), languages):
        for _ in range(5):
            chosen_themes = set(rng.sample(themes, theme_count))
            chosen_countries = set(rng.sample(countries, country_count))
            expected = {item.id for item in items if item.matches(chosen_themes, chosen_countries, language)}
            assert index.matching(chosen_themes, chosen_countries, language) == expected
