"""prc45: a party named with its owner's possessive ("Italy's Paolo Vettori", "Norway's Fjordvik Trading") is read by
the tagger's label of the name after the possessive, as the same name on its own would be: a person or a firm, not
the state whose code it carries. A meeting between such a person and a firm's boss names no political party:
commerce. Invented sentences."""
from __future__ import annotations

from event_helpers import types_on


def test_a_person_named_with_a_countrys_possessive_meeting_a_firms_boss_is_commerce(code_all):
    events = code_all("Italy's Paolo Vettori met Fiat boss Sergio Marchionne in Zurich on Monday.")
    assert "CONSULT" not in types_on(events, "met")


def test_a_minister_named_with_a_countrys_possessive_keeps_the_meeting(code_all):
    events = code_all("Italy's foreign minister met Fiat boss Sergio Marchionne in Zurich on Monday.")
    assert "CONSULT" in types_on(events, "met")
