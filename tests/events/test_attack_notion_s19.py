"""Types by the object, nineteenth session (rc19): a named person or an officeholder who "attacks" what is no
party, person, ground or thing that force can reach attacks a notion, with words (manual ACCUSE 'disapprove');
forces, crowds and places keep ASSAULT. Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "2006-07-03"


def _events(code_all, text):
    return [(e.event, e.mode, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text)]


def test_an_officeholder_attacking_a_notion_criticises(code_all):
    got = _events(code_all, "The Spanish prime minister attacked British protectionism on Tuesday.")
    assert any(e == "ACCUSE" for e, *_ in got) and not any(e == "ASSAULT" for e, *_ in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Putin attacked Georgia in August.", id="an_officeholder_attacking_a_country_is_still_force"),
    pytest.param("Gunmen attacked a police station in Peshawar.", id="gunmen_attacking_a_building_is_still_force"),
])
def test_an_attack_on_what_force_reaches_stays_assault(code_all, text):
    got = _events(code_all, text)
    assert any(e == "ASSAULT" for e, *_ in got), got


@pytest.mark.parametrize("text", [
    pytest.param("The Israeli prime minister ordered his forces to blast symbols of Palestinian power.",
                 id="forces_ordered_to_blast_use_force"),
    pytest.param("In Jenin, Israeli Apaches blasted a building of the Fatah movement.",
                 id="helicopters_blasting_a_building_use_force"),
])
def test_forces_blasting_is_no_criticism(code_all, text):
    got = _events(code_all, text)
    assert not any(e == "ACCUSE" for e, *_ in got), got
