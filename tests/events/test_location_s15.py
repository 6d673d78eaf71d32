"""Event location, fifteenth session (loc15): invented stories only, read without a dateline as the golds are.

Classes: an event in a region that lies across several countries (Kashmir, the Sahel) is in the one of them its
state parties point to ("Indian troops ... in Kashmir" is India), else the story's, and stays without a country when
its parties are of two of them; an event in a state's waters or airspace is in that state; a place inside what an
act answers ("in response to Friday's attack on a ship in Kuwaiti waters", "in retaliation for a raid on Haifa")
is the earlier event's, not the answering act's (but one answers questions where one is asked); a speaker winding
up or beginning a visit ("X, winding up a visit to Washington, said he expected ...") speaks where he is visiting.
"""
from __future__ import annotations

import pytest

from eventwire.events._location import state_ground
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="2001-11-05")


# -- a region of several countries

def test_an_attack_in_a_shared_region_is_in_the_parties_country(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Indian soldiers shot dead four militants in Kashmir on Saturday.", "shot", "ASSAULT")
    assert loc.country_code == "IND" and loc.extracted_place == "Kashmir"


def test_an_attack_in_the_sahel_takes_the_attacker_s_country_among_the_region_s(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Nigerien troops attacked a rebel camp in the Sahel on Monday.", "attacked", "ASSAULT")
    assert loc.country_code == "NER"


def test_a_party_outside_the_region_gives_it_no_country(pipe: Pipeline) -> None:
    loc = _loc(pipe, "French soldiers attacked a convoy in the Sahel on Monday.", "attacked", "ASSAULT")
    assert loc.country_code is None and loc.extracted_place == "the Sahel"


def test_two_of_the_region_s_countries_leave_it_unsettled(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Indian soldiers exchanged fire with Pakistani troops along the Line of Control.", "fire",
               "ASSAULT")
    assert loc.country_code is None


def test_a_named_part_of_the_region_is_that_country(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Gunmen attacked a police post in Pakistani-administered Kashmir on Sunday.", "attacked", "ASSAULT")
    assert loc.country_code == "PAK"


# -- a state's waters or airspace

def test_an_attack_in_a_state_s_waters_is_in_that_state(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Iranian gunboats attacked a Greek tanker in Saudi waters on Friday.", "attacked", "ASSAULT")
    assert loc.country_code == "SAU" and loc.extracted_place == "Saudi waters" and state_ground(loc)


def test_a_town_is_no_state_s_ground() -> None:
    assert not state_ground(EventLocation(extracted_place="Basra", country_code="IRQ"))
    assert state_ground(EventLocation(extracted_place="Iraqi airspace", country_code="IRQ"))
    assert not state_ground(EventLocation())


# -- what an act answers

def test_the_place_of_the_attack_answered_is_not_the_answer_s(pipe: Pipeline) -> None:
    text = ("French warships shelled two Libyan oil platforms on Monday in response to a missile attack on a "
            "French ship in Omani waters.")
    loc = _loc(pipe, text, "shelled", "ASSAULT")
    assert loc.country_code == "LBY" and loc.extracted_place != "Omani waters"


def test_the_place_of_a_raid_avenged_is_not_the_reprisal_s(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Israeli jets bombed a base near Beirut in retaliation for a raid on Haifa.", "bombed", "ASSAULT")
    assert loc.country_code == "LBN"


# -- a visit under way

def test_a_speaker_winding_up_a_visit_speaks_where_he_is_visiting(pipe: Pipeline) -> None:
    text = "The Norwegian foreign minister, winding up a three-day visit to Canberra, said he expected a deal on whaling."
    loc = _loc(pipe, text, "expected", "AGREE")
    assert loc.country_code == "AUS" and loc.extracted_place == "Canberra"


def test_a_visit_ahead_does_not_move_the_speaker(pipe: Pipeline) -> None:
    # (the visit itself, an AGREE of its own, is placed where it goes since loc23; the speaker's words are not)
    text = "The Norwegian foreign minister, who will visit Canberra next month, said he expected a deal on whaling."
    said = [e for e in pipe.process_text(text, published="2001-11-05").events
            if e.event == "AGREE" and e.explanation.trigger != "visit"]
    assert said and all(e.event_loc.country_code != "AUS" for e in said)


def test_answering_questions_is_done_where_one_is_asked(pipe: Pipeline) -> None:
    text = "In response to questions from reporters in Lisbon, the Danish minister rejected the Spanish offer."
    loc = _loc(pipe, text, "rejected", "REJECT")
    assert loc.country_code == "PRT"
