"""Event location, sixteenth session (loc16): invented stories only, read without a dateline as the golds are.

Classes: a town a bearing is taken from ("east of the town of Amarah") places the act, even where the parse makes
the compass word a place noun; a participle that only tells where the act's own noun lies ("positions held by its
troops near X", "bases located near Y") places the act there, but a participle of another act ("a plan drafted in
Geneva") does not; an act done at a gathering the story named before with its place ("will press at the summit")
is there even beside a clause of another act that is not, and a gathering of the past ("at the Oslo summit last
year") is another one.
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
    return location_of(pipe, text, word, kind, published="1987-03-05")


def test_an_attack_on_positions_held_east_of_a_town_is_near_that_town(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Iraq said it had beaten back an Iranian assault on positions held by its sixth army corps "
                     "east of the southern Iraqi town of Amarah on the Baghdad-Basra highway.", "assault", "ASSAULT")
    assert loc.country_code == "IRQ" and loc.extracted_place == "Amarah"


def test_bases_located_near_a_town_place_the_raid(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Israeli jets bombed guerrilla bases located near Sidon on Sunday.", "bombed", "ASSAULT")
    assert loc.country_code == "LBN" and loc.extracted_place == "Sidon"


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
    events = [e for e in pipe.process_text(text, published="1987-03-05").events if "argue at the summit" in e.sentence]
    rebuffed = [e.event_loc for e in events if e.event == "REJECT"]
    argued = [e.event_loc for e in events if e.event != "REJECT"]
    assert argued and all(loc.country_code == "PRT" and loc.location_source == "story gathering" for loc in argued)
    assert all(loc.country_code != "PRT" for loc in rebuffed)  # the rebuffing is not done at the summit
