"""Deaths and injuries in an accident or a disaster told by a "when" clause (fbd45): when the clause's own doer is a
fire, a storm, a flood or a like mishap, nobody attacked the victims, so the harm is no ASSAULT. A clause whose doer
is an armed party or a weapon keeps it. Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import types_on


@pytest.mark.parametrize("text, trigger", [
    ("Twelve workers were killed when a fire swept through the factory in Dhaka.", "killed"),
    ("Three villagers died when a storm destroyed their homes in the Philippines.", "died"),
    ("Two Indian police officers were injured when a flood washed away the bridge.", "injured"),
    ("Nine miners were killed in Transvaal when a fire set off toxic fumes underground.", "killed"),
    ("Three people were wounded when the storm tore the roof off a school in Bihar.", "wounded"),
])
def test_harm_whose_clause_names_a_disaster_is_no_assault(code_all, text, trigger):
    assert "ASSAULT" not in types_on(code_all(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Two soldiers were killed when rebels attacked their convoy in Mali.", "killed"),
    ("Seven people were killed when a bomb exploded in a market in Kabul.", "killed"),
    ("Two villagers were killed when fire from army tanks hit their homes.", "killed"),
])
def test_harm_whose_clause_names_an_attacker_or_weapon_stays(code_all, text, trigger):
    assert "ASSAULT" in types_on(code_all(text), trigger)


@pytest.mark.parametrize("text", [
    "The crash of an Indian Airlines jet which killed 90 passengers was caused by pilot error, the ministry said.",
    "Faulty repairs caused the 1985 crash of a Japan Airlines <JAPN.T> Boeing 747 which killed 520 people, the "
    "government said.",
])
def test_killed_by_the_crash_of_a_craft_is_no_assault(code_all, text):
    assert "ASSAULT" not in types_on(code_all(text), "killed")


def test_killed_by_the_explosion_of_a_bomb_stays(code_all):
    text = "The explosion of a car bomb which killed nine people in Beirut was claimed by a militant group."
    assert "ASSAULT" in types_on(code_all(text), "killed")
