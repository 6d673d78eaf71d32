"""Event location, loc30 (twenty-seventh session): a foreign state's people whom a wire story has in the town it was
filed from, on invented stories only, with paraphrase variants.

- the story's visitors meet a body's chief or a firm where they are visiting, not at home (a meeting with no visit
  told stays at home);
- a name of the dateline's country that ends in its own period ("the U.S.") is matched when a comma or a full stop
  follows it;
- a foreign state's embassy, consulate or high commission speaks in the country it is posted to, which a dateline of
  another state's town tells; one placed by its sentence, or under its own state's dateline, is not moved.
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


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-03-10") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


_MET = ("BOSTON, June 19 - Mexican President Miguel de la Madrid met for an hour with World Bank President Barber "
        "Conable, Mexican officials said. ")


@pytest.mark.parametrize("visit", [
    "De la Madrid, who is beginning a three-day visit to the U.S., was in Boston to address a business group.",
    "De la Madrid is on a three-day visit to the United States.",
    "The two men met on the second day of De la Madrid's visit to the U.S.",
])
def test_a_visitor_meets_a_body_chief_where_he_is_visiting(pipe: Pipeline, visit: str) -> None:
    loc = _loc(pipe, _MET + visit, "met for")
    assert (loc.country_code, loc.location_source) == ("USA", "dateline")


def test_a_meeting_abroad_with_no_visit_told_stays_at_home(pipe: Pipeline) -> None:
    text = ("BOSTON, June 19 - Mexican President Miguel de la Madrid met for an hour with World Bank President "
            "Barber Conable in Mexico City last week, Mexican officials said.")
    loc = _loc(pipe, text, "met")
    assert loc.country_code == "MEX"


@pytest.mark.parametrize("text, word, where", [
    ("PEKING, March 3 - China called on the United States to remove curbs on its exports. But the U.S. Embassy "
     "replied that the Chinese trade figures were inaccurate.", "replied", "CHN"),
    ("WASHINGTON, March 3 - The Soviet embassy rejected the State Department's charges of spying.", "rejected", "USA"),
    ("NAIROBI, March 3 - The British High Commission rejected the charges made by the opposition.", "rejected",
     "KEN"),
])
def test_a_foreign_embassy_speaks_in_the_country_it_is_posted_to(pipe: Pipeline, text: str, word: str,
                                                                 where: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == where


@pytest.mark.parametrize("text, word, where", [
    ("TOKYO, March 3 - The Japanese embassy in Washington rejected the charges.", "rejected", "USA"),
    ("WASHINGTON, March 3 - A U.S. embassy spokesman said Washington would protest to Moscow.", "protest", "USA"),
])
def test_an_embassy_placed_by_its_sentence_or_at_home_is_not_moved(pipe: Pipeline, text: str, word: str,
                                                                   where: str) -> None:
    loc = _loc(pipe, text, word)
    assert loc.country_code == where
