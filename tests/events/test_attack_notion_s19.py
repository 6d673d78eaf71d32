"""Types by the object, nineteenth session (rc19): a named person or an officeholder who "attacks" what is no
party, person, ground or thing that force can reach attacks a notion, with words (manual ACCUSE 'disapprove');
forces, crowds and places keep ASSAULT. Invented sentences."""
from __future__ import annotations

PUBLISHED = "2006-07-03"


def _events(code_all, text):
    return [(e.event, e.mode, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text)]


def test_an_officeholder_attacking_a_notion_criticises(code_all):
    got = _events(code_all, "The Spanish prime minister attacked British protectionism on Tuesday.")
    assert any(e == "ACCUSE" for e, *_ in got) and not any(e == "ASSAULT" for e, *_ in got), got


def test_an_officeholder_attacking_a_country_is_still_force(code_all):
    got = _events(code_all, "Putin attacked Georgia in August.")
    assert any(e == "ASSAULT" for e, *_ in got), got


def test_gunmen_attacking_a_building_is_still_force(code_all):
    got = _events(code_all, "Gunmen attacked a police station in Peshawar.")
    assert any(e == "ASSAULT" for e, *_ in got), got


def test_forces_ordered_to_blast_use_force(code_all):
    got = _events(code_all, "The Israeli prime minister ordered his forces to blast symbols of Palestinian power.")
    assert not any(e == "ACCUSE" for e, *_ in got), got


def test_helicopters_blasting_a_building_use_force(code_all):
    got = _events(code_all, "In Jenin, Israeli Apaches blasted a building of the Fatah movement.")
    assert not any(e == "ACCUSE" for e, *_ in got), got
