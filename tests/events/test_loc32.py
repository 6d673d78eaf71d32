"""Event location, loc32 (twenty-ninth session), on invented stories only, with paraphrase variants:

- a trip the story tells as over ("soon after returning from a U.S. visit", "back from a trip to Canada") places
  what its traveller is said to have done on it ("met the President during his visit") in the one country it went
  to; the traveller's other acts, and anybody else's, stay where the story has them (home).
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-04-20") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


@pytest.mark.parametrize("lead", [
    "TOKYO, April 17 - Japan's former trade minister Ichiro Hayashida urged the government to cut taxes soon after "
    "returning from a U.S. visit, party officials said.",
    "TOKYO, April 17 - Japan's former trade minister Ichiro Hayashida, back from a trip to the United States, urged "
    "the government to cut taxes, party officials said.",
    "TOKYO, April 17 - Japan's former trade minister Ichiro Hayashida has just returned from a visit to the United "
    "States and urged the government to cut taxes, party officials said.",
])
@pytest.mark.parametrize("sentence, word", [
    ("Hayashida met President Ronald Reagan and congressional leaders during his visit.", "met"),
    ("During his visit Hayashida held talks with Commerce Secretary Malcolm Baldrige.", "talks"),
])
def test_what_a_traveller_did_during_a_trip_told_as_over_is_placed_where_it_went(pipe: Pipeline, lead: str,
                                                                                sentence: str, word: str) -> None:
    loc = _loc(pipe, lead + "\n    " + sentence, word)
    assert loc.country_code == "USA"


@pytest.mark.parametrize("sentence, word", [
    # not said to be done on the trip: at home, where the story was filed
    ("Hayashida also called for more spending on public works.", "called"),
    # done "after" the trip, not during it
    ("After his visit Hayashida met Prime Minister Yasuhiro Nakasone.", "met"),
])
def test_a_trip_told_as_over_does_not_move_the_travellers_other_acts(pipe: Pipeline, sentence: str,
                                                                    word: str) -> None:
    lead = ("TOKYO, April 17 - Japan's former trade minister Ichiro Hayashida urged the government to cut taxes soon "
            "after returning from a U.S. visit, party officials said.\n    ")
    loc = _loc(pipe, lead + sentence, word)
    assert loc.country_code != "USA"
