"""Events of politics and conflict stories the coder built but did not tell as happening (rcl28): an event noun
whose clause says it is under way ("the strike continued", "talks were going on between", "entered its fifth
day") reports it as "erupted" does. Every sentence here is invented."""
from __future__ import annotations

import pytest

from eventwire.events._triggers import OCCURRED
from event_helpers import events_on as on


def codes(parties):
    return [p.code for p in parties]


@pytest.mark.parametrize("text, word, plover", [
    ("A strike by Chilean copper miners continued for a third day on Monday.", "strike", "PROTEST"),
    ("The strike by Peruvian teachers entered its second week.", "strike", "PROTEST"),
    ("A national strike by Brazilian seamen entered its tenth day without signs of a settlement.", "strike", "PROTEST"),
    ("Negotiations were going on between Egypt and the United States over the tank deal.", "negotiation", "CONSULT"),
    ("Talks between Sudan and Kenya are continuing in Nairobi.", "talk", "CONSULT"),
    ("Protests against the Bolivian government spread to three other cities on Sunday.", "protest", "PROTEST"),
])
def test_an_event_noun_told_under_way_is_reported(code, no_type_chooser, text, word, plover):
    events = [e for e in on(code(text), word[:5]) if e.event == plover]
    assert events and events[0].modality == "asserted"
    assert OCCURRED in events[0].explanation.rule


@pytest.mark.parametrize("text, word", [
    ("Demand for Iranian oil continued to grow.", "demand"),
    ("Talks between Sudan and Kenya will continue next week.", "talk"),
    ("The Chilean miners' strike is expected to continue.", "strike"),
    ("Analysts said protests in Bolivia could spread.", "protest"),
    ("Fighting between Iran and Iraq has not resumed since the truce.", "fighting"),
])
def test_an_event_noun_only_foreseen_or_denied_is_not_told_under_way(code, text, word):
    assert not any(OCCURRED in e.explanation.rule and e.modality == "asserted" for e in on(code(text), word[:5]))
