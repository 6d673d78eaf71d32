"""Role resolution, seventeenth session: an uncoded "the Opposition" whose spokesman the story names after it
is that spokesman's state's, not the country the story talks about; a carrier in a story with no navy in it
is no military actor. Invented sentences."""
from __future__ import annotations

PUBLISHED = "2002-03-01"


def _codes(parties):
    return {p.code for p in parties}


def test_the_opposition_takes_the_state_of_its_spokesman_named_after_it(code_all):
    events = code_all("The Federal Government has confirmed that two more ships will sail to East Timor. The "
                      "Opposition says the Government must publish the full cost of the mission. Shadow Immigration "
                      "Minister Julia Gillard says the ships should stay at home.")
    hits = [e for e in events if any("Opposition" in a.entity_text for a in e.actor)]
    assert hits and _codes(hits[0].actor) == {"AUS"}


def test_a_carrier_in_an_airline_story_is_no_military_actor(code_all):
    events = code_all("Qantas reported a fall in profit on Thursday. The carrier accused the unions of "
                      "delaying repairs to its jets.")
    assert all(a.sector != "MIL" for e in events for a in (*e.actor, *e.recipient) if "carrier" in a.entity_text.lower())
