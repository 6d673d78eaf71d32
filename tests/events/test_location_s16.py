"""Event location, sixteenth session (loc16): invented stories only, read without a dateline as the golds are.

Classes: a participle of another act ("a plan drafted in Geneva") does not place the event; an act done at a gathering the story named before with its place ("will press at the summit")
is there even beside a clause of another act that is not, and a gathering of the past ("at the Oslo summit last
year") is another one.

(loc16's rules for a bearing from a town with no distance, "east of the town of Amarah", and for siting
participles, "positions held ... near X", were taken out by the lead: on the held-out summary lines the first cost
gold-wire 0.55 -> 0.53 and the second the blind gold-nineteenth 0.38 -> 0.35.)
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="1987-03-05")


def test_a_participle_of_another_act_does_not_place_the_event(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Brazil rejected a peace plan drafted in Geneva by the mediators.", "rejected", "REJECT")
    assert loc.extracted_place != "Geneva"


def test_the_act_done_at_a_gathering_named_before_is_there_beside_another_clause(pipe: Pipeline) -> None:
    # (not at last year's gathering, named in between)
    text = ("Canada will seek a firm pledge on farm subsidies at the spring trade summit in Lisbon, officials said. "
            "At the Oslo trade summit last year, the leaders made no pledge at all. "
            "Farm exports have fallen for three years running. "
            "While Canada is rebuffing the Brazilian offer, the minister said Canada will argue at the summit for "
            "a timetable to end export aid.")
    # The verifier off: this is the location rule's test, and the verifier may keep back the argued act (an AGREE
    # whose recipient is its own actor) whatever its place.
    coder_only = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))
    events = [e for e in coder_only.process_text(text, published="1987-03-05").events if "argue at the summit" in e.sentence]
    rebuffed = [e.event_loc for e in events if e.event == "REJECT"]
    argued = [e.event_loc for e in events if e.event != "REJECT"]
    assert argued and all(loc.country_code == "PRT" and loc.location_source == "story gathering" for loc in argued)
    assert all(loc.country_code != "PRT" for loc in rebuffed)  # the rebuffing is not done at the summit
