"""Event location, eighteenth session (loc17): invented stories only, read without a dateline as the golds are.

Classes: a sentence with no event that sets its paragraph's scene ("Tension rose again in the town of X") places
the events of the next sentences of that paragraph when their parties agree, but not across a paragraph break nor
for parties of another country; "here" in a story with no dateline is the story's own scene (else its country), not
the home of whoever is on the receiving end.
"""
from __future__ import annotations

import pytest

from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="2005-03-01")


SCENE = "Tension rose again on Tuesday in the northern town of Kirkuk."
ACT = "Kurdish fighters attacked a police station and killed four officers, witnesses said."


def test_an_event_less_sentence_sets_the_scene_for_the_next_one(pipe: Pipeline) -> None:
    loc = _loc(pipe, f"{SCENE} {ACT}", "attacked", "ASSAULT")
    assert loc.extracted_place == "Kirkuk" and loc.location_source == "scene"


def test_the_scene_stops_at_a_paragraph_break(pipe: Pipeline) -> None:
    loc = _loc(pipe, f"{SCENE}\n\n{ACT}", "attacked", "ASSAULT")
    assert loc.extracted_place != "Kirkuk"


def test_the_scene_does_not_hold_parties_of_another_country(pipe: Pipeline) -> None:
    text = "Crowds filled the streets of Lahore on Friday. Indian officials rejected the proposal for talks on water."
    loc = _loc(pipe, text, "rejected", "REJECT")
    assert loc.extracted_place != "Lahore" and loc.country_code != "PAK"


def test_here_with_no_dateline_is_the_story_not_the_recipient(pipe: Pipeline) -> None:
    text = ("Manila's budget office said on Monday that the Philippines would need a new loan this year. "
            "A visiting Japanese envoy met Chinese trade officials here on Tuesday.")
    loc = _loc(pipe, text, "officials here", "CONSULT")
    assert loc.country_code == "PHL" and loc.location_source == "story"


def test_here_inside_a_quotation_is_not_the_story(pipe: Pipeline) -> None:
    # (the speaker's "here" is wherever the speaker stood, which the story's country does not tell)
    text = ("Manila's budget office said on Monday that the Philippines would need a new loan this year. "
            "\"A visiting Japanese envoy met Chinese trade officials here on Tuesday,\" the secretary told "
            "reporters in Tokyo.")
    loc = _loc(pipe, text, "officials here", "CONSULT")
    assert loc.location_source != "story"
