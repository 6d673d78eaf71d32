"""Recall on short wire briefs (rcl37): calling off one's own hostile act gives way (PLOVER CONCEDE; RETREAT
'ceasefire' for force), with light-verb rows derived by scripts/build_lexicon.py from the event nouns of each
conflict type ("called off their uprising", "suspended its lawsuit"), a pair the lexicon already coded keeping its
row. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on

from eventwire.events._lexicon import Lexicon


def _rows(verb: str, obj: str):
    return [(t.plover, t.mode or "") for t in Lexicon.default().light_verb(verb, obj)]


@pytest.mark.parametrize("verb, obj, plover, mode", [
    ("cancel", "uprising", "CONCEDE", ""),  # "called off their uprising": 'call off' reads as 'cancel'
    ("suspend", "lawsuit", "CONCEDE", ""),
    ("drop", "threat", "CONCEDE", ""),
    ("withdraw", "complaint", "CONCEDE", ""),
    ("cancel", "offensive", "RETREAT", "ceasefire"),
    ("abandon", "siege", "RETREAT", ""),
])
def test_calling_off_a_kept_up_act_has_a_derived_row(verb, obj, plover, mode):
    assert _rows(verb, obj) == [(plover, mode)]


def test_a_pair_the_lexicon_already_coded_keeps_its_row():
    # "halt the offensive" and "cancel a strike" had their rows before: no derived row beside them
    assert _rows("halt", "offensive") == [("CONCEDE", "")]
    assert _rows("cancel", "strike") == [("CONCEDE", "")]


def test_a_verb_of_one_type_stays_one_type():
    # the chooser may demote an event only where the verb's own rows are of several types
    assert {t.plover for t in Lexicon.default().verb_candidates("suspend")} == {"SANCTION"}


@pytest.mark.parametrize("verb, obj", [
    ("cancel", "call"),     # "called off the call": a telephone call may be ended
    ("drop", "killing"),    # a deed done once, not a campaign kept up
    ("suspend", "war"),     # a state, marked weak in the noun table
    ("withdraw", "arrest"),
])
def test_no_row_for_deeds_states_or_calls(verb, obj):
    assert not _rows(verb, obj)


@pytest.mark.parametrize("text, word", [
    ("Rebel soldiers in Mendoza called off their uprising against the government of Argentina.", "called"),
    ("Argentina suspended its lawsuit against the British firm.", "suspended"),
    ("Chile has withdrawn its complaint against Peru at the trade council.", "withdrawn"),
])
def test_calling_off_ones_own_act_gives_way(code_all, text, word):
    assert [e.event for e in on(code_all(text), word)] == ["CONCEDE"]


def test_the_party_that_called_off_its_lawsuit_acts_on_its_target(code, no_type_chooser):
    events = on(code("Argentina suspended its lawsuit against the British firm."), "suspended")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [(["ARG"], ["GBR"])]


@pytest.mark.parametrize("text", [
    "Police in Santiago halted the march to the presidential palace.",   # stopped by another party
    "The commission ended its inquiry into the Chilean election on Friday.",  # completed, not given up
])
def test_an_act_stopped_or_completed_is_not_given_up(code_all, text):
    assert not [e for e in code_all(text) if e.event == "CONCEDE"]


def test_only_verbs_of_giving_up_have_derived_rows():
    assert not _rows("halt", "uprising") and not _rows("stop", "lawsuit") and not _rows("end", "inquiry")


def test_an_ended_telephone_call_concedes_nothing(code_all):
    assert not on(code_all("The prime minister of Chile ended the telephone call with the Peruvian president."), "ended")
