"""Recipients on unseen stories (audit 8): invented sentences pinning whom an act is aimed at."""
from __future__ import annotations

import pytest


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


@pytest.mark.parametrize("text, kind, trigger, office", [
    ("The Dutch prime minister discussed the budget with the finance minister on Monday.", "CONSULT",
     "discussed", "finance minister"),
    ("The Portuguese premier praised his finance minister for a careful budget.", "SUPPORT",
     "praised", "finance minister"),
    ("The Danish foreign minister met the defence minister in private.", "CONSULT", "met", "defence minister"),
])
def test_an_office_holder_of_the_actors_own_side_is_still_a_recipient(code_all, text, kind, trigger, office):
    # A person named by an office the actor does not hold is someone else: the minister met, praised
    # or consulted is the recipient, though of the actor's own country and sector.
    ev = _in(code_all(text), kind, trigger)
    assert any(office in r.entity_text for r in ev.recipient), ev.recipient
    assert {r.code for r in ev.recipient} == {a.code for a in ev.actor}


def test_an_envoy_recalled_is_still_the_actors_own(code_all):
    # "its ambassador" stays the actor's own asset: the recipient is where he is recalled from.
    ev = _in(code_all("The Canadian government recalled its ambassador from Chile."), "SANCTION", "recalled")
    assert [r.code for r in ev.recipient] == ["CHL"]


@pytest.mark.parametrize("text, kind, trigger, source", [
    ("Congolese rebels ambushed a supply convoy, according to a Rwandan radio station.", "ASSAULT", "ambushed", "RWA"),
    ("Sudanese militiamen attacked a village, according to the Egyptian-owned daily Al-Nahar.", "ASSAULT",
     "attacked", "EGY"),
])
def test_who_reports_an_act_is_not_its_target(code_all, text, kind, trigger, source):
    # "according to X" names the source of the report, not a party the act is aimed at.
    ev = _in(code_all(text), kind, trigger)
    assert source not in {r.code for r in ev.recipient}
    assert source not in {a.code for a in ev.actor}


@pytest.mark.parametrize("text, kind, trigger, side, codes", [
    ("Egypt's envoy met Jordanian and Syrian officials in Cairo on Tuesday.", "CONSULT", "met", "recipient",
     {"JOR", "SYR"}),
    ("The Kenyan president met the Ugandan and Tanzanian presidents.", "CONSULT", "met", "recipient", {"UGA", "TZA"}),
    ("Russian and Iranian officials condemned the American strikes.", "ACCUSE", "condemned", "actor", {"RUS", "IRN"}),
])
def test_coordinated_nationalities_over_one_head_name_each_party(code_all, text, kind, trigger, side, codes):
    # "Jordanian and Syrian officials" are officials of both states: each is a party to the act.
    ev = _in(code_all(text), kind, trigger)
    assert {a.code for a in getattr(ev, side)} == codes


def test_an_object_pronoun_of_a_second_verb_is_the_first_verbs_object(code_all):
    # "met the Kurdish leader and thanked him": "him" is the leader met (the actor would be "himself"),
    # and he is someone else than the prime minister, though of the same country and sector.
    evs = code_all("The Iraqi prime minister met the Kurdish leader and thanked him for his support.")
    ev = _in(evs, "SUPPORT", "thanked")
    assert [r.code for r in ev.recipient] == ["IRQ"]
