"""Event location, nineteenth session (loc18): invented stories only.

Classes: a town or site named inside a phrase a country owns ("at Iran's Kharg island terminal") places the event
at the town, not at the owning country; an act told as done within a visit that a verb begins or ends ("ended a
visit to X after signing ...") is where the visit is; a state's strike on another state's ground, once the story
has placed it away from a home dateline, stays there when told again by who ordered it.
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
    return location_of(pipe, text, word, kind, published="1987-10-20")


def test_a_town_inside_a_country_owned_phrase_is_the_place(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Iraqi jets bombed the loading jetty at Iran's Kharg island oil terminal on Sunday.", "bombed",
               "ASSAULT")
    assert loc.extracted_place == "Kharg" and loc.country_code == "IRN" and (loc.resolution or 0) > 1


def test_the_owning_country_alone_still_places_the_event(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Iraqi jets bombed Iran's main oil terminal on Sunday.", "bombed", "ASSAULT")
    assert loc.country_code == "IRN"


def test_an_act_inside_a_visit_a_verb_ends_is_at_the_visit(pipe: Pipeline) -> None:
    text = "The Chinese premier ended a three-day visit to Pakistan on Friday after meeting the army chief."
    loc = _loc(pipe, text, "meeting", "CONSULT")
    assert loc.country_code == "PAK"


def test_the_event_s_own_place_comes_before_the_visit(pipe: Pipeline) -> None:
    text = ("The Portuguese premier ended a visit to Angola on Monday before he criticised Britain's stance in a "
            "speech in Lisbon.")
    loc = _loc(pipe, text, "criticised", "ACCUSE")
    assert loc.extracted_place == "Lisbon"


def test_a_strike_told_again_by_who_ordered_it_stays_abroad(pipe: Pipeline) -> None:
    text = ("WASHINGTON, Oct 20 - U.S. destroyers shelled an Iranian oil platform in the Gulf on Tuesday. "
            "President Reagan said he ordered the strike on the platform to punish Iran.")
    loc = _loc(pipe, text, "ordered", "ASSAULT")
    assert loc.location_source != "dateline" and loc.country_code != "USA"


def test_troops_fighting_at_home_keep_the_home_dateline(pipe: Pipeline) -> None:
    text = ("BAGHDAD, March 3 - Iraqi troops repelled an Iranian offensive near Basra on Tuesday. "
            "Iraq said it had crushed the attackers.")
    loc = _loc(pipe, text, "crushed", "ASSAULT")
    assert loc.country_code == "IRQ"
