"""Protest holders, twentieth session (rec21, patch to _coder): a protest noun that sets the clause's
act ("battled police during a march") is held by the clause's subject, not by nameless civilians; a force
acting during a march does not hold it. Invented sentences."""
from __future__ import annotations


def _protest_actors(code_all, text):
    return [sorted({a.code for a in e.actor if a.code}) for e in code_all(text)
            if e.event == "PROTEST" and e.explanation.trigger in ("march", "protest", "rally")]


def test_the_subject_holds_the_march_its_act_is_set_in(code_all):
    got = _protest_actors(code_all, "Hundreds of Greek farmers blocked a highway during a march against EU farm cuts.")
    assert got and all(codes == ["GRC"] for codes in got), got


def test_police_acting_during_a_march_do_not_hold_it(code_all):
    events = [e for e in code_all("Police fired tear gas at students during a rally in Dhaka on Sunday.")
              if e.event == "PROTEST"]
    assert all(not any(a.sector == "COP" for a in e.actor) for e in events), events
