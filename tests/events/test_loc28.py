"""Event location, loc28 (twenty-sixth session): classes from the pre-registered audit in eval/location-audit-s26,
on invented stories only, each with paraphrase variants.

- a gathering the sentence has its people at is still to come only by its own words ("next month's meeting"), not
  by the words of a relative clause on it ("a meeting of EC ministers, which discussed the future of ...");
- a gathering named as the subject of a predicate of holding ("is due to take place in Zurich", "will be held in
  Geneva", "are expected to begin in New York") is where that predicate places it;
- a council or office named for its seat of power ("the White House Economic Policy Council") sits there.
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


# -- at a gathering whose relative clause speaks of the future ------------------------------------------------------

@pytest.mark.parametrize("text, word, where", [
    ("LUXEMBOURG, Oct 19 - EC foreign ministers argued over farm spending on Monday. The Dutch minister was speaking "
     "at a meeting of EC foreign ministers, which discussed the future of EC finances.", "speaking", "LUX"),
    ("BRUSSELS, May 12 - Fishing rights divided EC farm ministers again. The British minister was speaking at a "
     "meeting of EC farm ministers, which debated the future of the fisheries accord.", "speaking", "BEL"),
    ("GENEVA, June 3 - Cocoa producers and consumers argued over prices. The Ghanaian delegate was speaking at a "
     "meeting of producers, which considered proposed changes to the buffer stock.", "speaking", "CHE"),
])
def test_a_relative_clause_on_a_gathering_does_not_put_it_ahead(pipe: Pipeline, text: str, word: str,
                                                                 where: str) -> None:
    loc = _loc(pipe, text, word, "CONSULT")
    assert (loc.country_code, loc.location_source) == (where, "dateline")


# -- a gathering's own predicate of holding -------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, where", [
    ("LONDON, May 3 - Britain and Argentina are to resume negotiations on the islands. The negotiations between the "
     "two governments are expected to begin in New York on Monday, the Foreign Office said.", "expected", "USA"),
    # (the talks' first mention: after "have agreed to meet" prc28's restatement step drops them as that act)
    ("ROME, April 2 - Italy and Libya are at odds over their border. The talks between the Italian and "
     "Libyan foreign ministers will be held in Geneva next week, officials said.", "held", "CHE"),
    ("Britain and Argentina will meet on Tuesday to settle the future of the fishing zone. The meeting between the "
     "British and Argentine negotiators is due to take place in Zurich, according to news reports.", "due", "CHE"),
])
def test_a_gathering_is_where_its_predicate_of_holding_places_it(pipe: Pipeline, text: str, word: str,
                                                                 where: str) -> None:
    loc = _loc(pipe, text, word)  # the talks held, or agreed to be held
    assert (loc.country_code, loc.location_source) == (where, "clause")


# -- a body named for its seat ---------------------------------------------------------------------------------------

_TOLD_IN_TOKYO = ("TOKYO, March 27 - Japan's chip makers fear new American tariffs, Trade Minister Tamura told "
                  "reporters here. ")


@pytest.mark.parametrize("text, word", [
    (_TOLD_IN_TOKYO + "Industry sources said the White House Economic Policy Council was recommending trade sanctions "
     "against Japan.", "recommending"),
    (_TOLD_IN_TOKYO + "The White House Trade Policy Committee has urged sanctions against Japan, industry sources "
     "said.", "urged"),
])
def test_a_council_named_for_its_seat_sits_there(pipe: Pipeline, text: str, word: str) -> None:
    loc = _loc(pipe, text, word, "REQUEST")
    assert (loc.country_code, loc.location_source) == ("USA", "actor")


def test_the_seats_spokesmen_are_not_a_body_that_sits_there() -> None:
    from eventwire.events._location import _seat_of_body
    seats = {"White House", "Kremlin"}
    assert _seat_of_body("the White House Economic Policy Council", seats) == "White House"
    assert _seat_of_body("the Kremlin's Security Council", seats) == "Kremlin"
    assert _seat_of_body("White House officials", seats) is None
    assert _seat_of_body("the White House", seats) is None
    assert _seat_of_body("the Security Council", seats) is None


def test_the_seats_officials_stay_with_the_dateline(pipe: Pipeline) -> None:
    loc = _loc(pipe, _TOLD_IN_TOKYO + "White House officials have urged sanctions against Japan, industry sources "
               "said.", "urged", "REQUEST")
    assert loc.location_source != "actor"
