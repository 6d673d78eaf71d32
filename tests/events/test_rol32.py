"""Actors and recipients of events of the right type (rol32): a town named only as where an act is done, or where a
report comes from, is not the sentence's one other party. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on


def codes(parties) -> list[str]:
    return sorted({str(p.code) for p in parties})


# A town named only as where an act is done, or where a report comes from, is no party to it: the sentence's one
# "other party" is never such a town (as the count of the sentence's other parties already reads it).
@pytest.mark.parametrize("text, trigger, town_code", [
    ("Brazil will press in Geneva for wider access to farm markets, its trade minister said.", "press", "CHE"),
    ("In an interview transmitted from Paris, the Peruvian minister demanded better terms for the debt.", "demanded",
     "FRA"),
    ("Speaking from Paris, the Peruvian minister demanded better terms for the debt.", "demanded", "FRA"),
])
def test_a_town_where_the_act_is_done_is_no_recipient(code_all, text, trigger, town_code):
    events = on(code_all(text), trigger)
    assert events and town_code not in codes(events[0].recipient)


def test_an_envoy_from_a_capital_still_names_its_state(code_all):
    # a town on a noun is left alone: "an envoy from Tehran" is Iran's
    events = on(code_all("Iraq expelled an envoy from Tehran on Monday, the news agency said."), "expelled")
    assert events and "IRN" in codes(events[0].recipient)


def test_a_state_pressed_directly_is_still_the_recipient(code_all):
    events = on(code_all("Brazil pressed Switzerland in Geneva for wider access to its farm markets."), "pressed")
    assert events and "CHE" in codes(events[0].recipient)


def test_where_a_weapon_was_made_is_no_recipient(code_all):
    events = on(code_all("Iran fired a Chinese-made missile at a tanker in the Gulf, shipping sources said."), "fired")
    assert events and "CHN" not in codes(events[0].recipient)


def test_a_state_word_on_weapons_to_be_removed_may_still_name_the_target(code_all):
    events = on(code_all("The Soviet Union called for the elimination of all U.S.-Soviet missiles in Europe."), "called")
    assert events and "USA" in codes(events[0].recipient)


def test_a_town_placing_the_partys_own_post_still_names_its_state(code_all):
    # the town hangs on a noun, not on the verb: "closed its office in Nairobi" is aimed at Kenya
    text = "The Ugandan state airline has closed its sales office in Nairobi, since it was now redundant, officials said."
    events = on(code_all(text), "closed")
    assert events and all("KEN" in codes(e.recipient) for e in events)
