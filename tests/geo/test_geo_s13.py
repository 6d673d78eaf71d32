"""Event-location audit of the thirteenth session (l13): invented stories only.

Classes: a speaker the sentence puts somewhere on the subject itself ("The minister, in Washington for talks,
said", "Chirac, speaking in London, said", "who is in London") speaks there, not at home; a visit with nobody
visited and no place named is not made at home; an act whose receiving end includes the actor's own country is a
home one; an attack with no place of its own is where another clause of its sentence puts the same two states'
fighting ("Iran reported an offensive east of Basra, while Baghdad said its forces repulsed the attack"); seats of
power and sites news names (the Oval Office, Camp David) are places.
"""
from __future__ import annotations

import pytest
from geo_helpers import by_trigger, place_names

from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, trigger: str) -> EventLocation:
    return by_trigger(pipe.process_text(text, published="1987-05-03").events, trigger).event_loc


# -- a speaker placed on the subject itself

def test_a_speaker_set_off_in_a_foreign_capital_speaks_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "The Dutch foreign minister, in Ottawa for talks, condemned the Libyan raid on Chad.", "condemned")
    assert loc.country_code == "CAN" and loc.location_source == "sentence"


def test_a_speaker_speaking_in_a_town_speaks_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "President Halvorsen, speaking in Lisbon, rejected the Soviet proposal.", "rejected")
    assert loc.country_code == "PRT"


def test_a_speaker_who_is_in_a_town_speaks_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "The Kuwaiti oil minister, who is in Vienna, rejected the OPEC proposal.", "rejected")
    assert loc.country_code == "AUT"


def test_a_speaker_who_will_be_in_a_town_next_week_speaks_at_home(pipe: Pipeline) -> None:
    loc = _loc(pipe, "The Kuwaiti oil minister, who will be in Vienna next week, rejected the OPEC proposal.",
               "rejected")
    assert loc.country_code == "KWT"


def test_a_place_that_tells_which_actor_is_meant_places_nothing(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Juntas in neighbouring Mali rejected the ECOWAS demand.", "rejected")
    assert loc.country_code == "MLI" and loc.location_source != "sentence"


# -- a visit with nobody visited

VISIT = ("Canadian Prime Minister Paul Vardon, on the second day of an official visit to Chile, said lenders share "
         "the blame for the debt crisis. Vardon arrived on Sunday for a four-day visit, opening a tour which also "
         "includes Peru.")


def test_an_arrival_for_a_visit_is_not_made_at_home(pipe: Pipeline) -> None:
    loc = _loc(pipe, VISIT, "arrived")
    # (the visit told in the sentence before places the arrival as well: that rule or the story's visit, never home)
    assert loc.country_code == "CHL" and loc.location_source in ("story visit", "previous sentence")


def test_talks_at_home_with_nobody_named_stay_at_home(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Canadian ministers held talks on the budget deficit on Sunday.", "held")
    assert loc.country_code == "CAN"


# -- the actor's own country on the receiving end

def test_a_meeting_with_home_and_foreign_parties_is_at_home(pipe: Pipeline) -> None:
    text = "The Italian government met Italian and American business leaders to discuss the tax plan."
    loc = _loc(pipe, text, "met")
    assert loc.country_code == "ITA"


def test_a_meeting_with_a_foreign_party_only_keeps_the_recipient(pipe: Pipeline) -> None:
    loc = _loc(pipe, "The Italian government met American business leaders to discuss the tax plan.", "met")
    assert loc.country_code == "USA"


# -- two accounts of the same fighting in one sentence

def test_an_attack_repulsed_is_where_the_other_side_said_it_attacked(pipe: Pipeline) -> None:
    text = ("Iran said it had launched a new offensive east of Iraq's southern port of Basra, while Baghdad said "
            "its troops had repulsed the attack, killing hundreds of Iranians.")
    loc = _loc(pipe, text, "repulsed")
    assert loc.country_code == "IRQ" and loc.location_source == "sentence"


def test_where_the_report_is_made_does_not_place_the_attack(pipe: Pipeline) -> None:
    text = "Iraqi jets bombed two Iranian towns on Sunday, a military spokesman said in Baghdad."
    assert _loc(pipe, text, "bombed").country_code == "IRN"


# -- seats and sites

def test_the_oval_office_is_a_place_in_the_united_states(pipe: Pipeline) -> None:
    assert place_names("The president met the envoy in the Oval Office on Friday.").get("the Oval Office") == "USA"
    text = "The president announced the deal during a meeting in the Oval Office with the Brazilian finance minister."
    assert _loc(pipe, text, "meeting").country_code == "USA"


def test_camp_david_is_a_place_in_the_united_states(pipe: Pipeline) -> None:
    assert place_names("The two leaders will hold talks at Camp David next week.").get("Camp David") == "USA"


# -- a ship's flag is no place

def test_a_flagged_ship_with_a_nationality_is_placed_by_the_nationality(pipe: Pipeline) -> None:
    text = "The navy said the raid answered last Friday's Iranian missile attack on a U.S.-flagged Kuwaiti tanker."
    assert _loc(pipe, text, "attack").country_code == "KWT"


def test_a_ship_known_only_by_its_flag_is_placed_nowhere(pipe: Pipeline) -> None:
    loc = _loc(pipe, "An Iranian gunboat attacked a Panamanian-flagged tanker on Sunday.", "attacked")
    assert loc.country_code is None


def test_a_ship_known_only_by_its_flag_is_hit_where_the_fighting_just_was(pipe: Pipeline) -> None:
    text = ("Iranian gunboats attacked a Norwegian tanker off Dubai on Sunday. Hours later a Liberian-flagged "
            "tanker was hit in the area.")
    loc = _loc(pipe, text, "hit")
    assert loc.country_code == "ARE" and loc.location_source == "previous sentence"


def test_a_ship_with_no_flag_named_keeps_its_nationality(pipe: Pipeline) -> None:
    assert _loc(pipe, "Iraqi jets attacked a Greek tanker on Sunday.", "attacked").country_code == "GRC"
