"""Event location, lcg27 (twenty-fifth session): a class from the stratified audit in eval/location-audit-s25b, on
invented stories only, with paraphrase variants and controls.

- a story that covers one gathering (filed from the venue's country) has what its members say there at the venue;
  a position told in the present perfect ("Korean officials have said they have asked ...", "the government has
  urged ...") is one its holder has taken and holds, background to the story's news: it is placed where its holder
  is, not at the meeting. What is said or done at the meeting in the story's past tense, and the talks themselves
  whatever their tense, stay at the venue.
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


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None, published: str = "1987-06-02") -> EventLocation:
    return location_of(pipe, text, word, kind, published=published)


_OTTAWA_MEETING = (
    "OTTAWA, June 2 - Canada will probably curb imports of Korean steel soon, members of parliament said today after "
    "a closed meeting with Trade Minister Pat Carney. The members met Carney and steel industry leaders to discuss "
    "the surge in shipments. ")


@pytest.mark.parametrize("sentence, word", [
    ("South Korean officials have said they have asked Korean steelmakers to limit their shipments.", "asked"),
    ("The South Korean government has urged its steelmakers to hold down shipments to Canada.", "urged"),
    ("Seoul has rejected the charge that its mills sell below cost.", "rejected"),
])
def test_a_position_held_is_not_taken_at_the_meeting(pipe: Pipeline, sentence: str, word: str) -> None:
    loc = _loc(pipe, _OTTAWA_MEETING + sentence, word)
    assert loc.country_code == "KOR"
    assert loc.location_source != "story gathering"


@pytest.mark.parametrize("sentence, word", [
    # (said at the meeting, in the story's past tense)
    ("A South Korean trade envoy asked the members to delay any curbs until after the talks.", "asked"),
])
def test_what_is_said_at_the_meeting_stays_there(pipe: Pipeline, sentence: str, word: str) -> None:
    loc = _loc(pipe, _OTTAWA_MEETING + sentence, word)
    assert loc.country_code == "CAN"


def test_the_lead_told_in_the_present_perfect_is_the_news_at_the_meeting(pipe: Pipeline) -> None:
    # (a wire lead tells the news itself in the present perfect)
    text = ("GENEVA, June 2 - Australia has appealed for a freeze on farm export subsidies. The appeal by Trade "
            "Minister John Dawkins at a special meeting of the GATT council follows months of quarrels over grain "
            "sales. Dawkins also urged members to cut tariffs on beef.")
    for word in ("appealed", "urged"):
        loc = _loc(pipe, text, word)
        assert (loc.country_code, loc.location_source) == ("CHE", "story gathering")


def test_the_talks_themselves_stay_at_the_venue_whatever_their_tense(pipe: Pipeline) -> None:
    text = _OTTAWA_MEETING + "Korean and Japanese steel envoys have held talks with the members on the quotas."
    loc = _loc(pipe, text, "held")
    assert (loc.country_code, loc.location_source) == ("CAN", "story gathering")
