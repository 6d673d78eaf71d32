"""Parties of an event (s25, with pty25's _coder patch): a reduced passive participle ("tankers attacked by
Iranian gunboats", "villages shelled by government forces", "the convoy, ambushed by rebels") is done to the noun
it hangs on by its armed "by" agent, never the reverse; one hit "in an Iraqi air attack" was hit by the attack's
maker; a civilian agent ("files destroyed by the ministry") makes no attack. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-05-04"


def codes(side):
    return sorted(p.code for p in side if p.code)


def test_a_participle_with_a_by_agent_is_done_by_the_agent(code_all):
    attacked = by_trigger(code_all("Two Kenyan tankers attacked in the Red Sea by Somali gunboats have reached "
                                   "Mombasa."), "attacked")
    assert codes(attacked.actor) == ["SOM"], attacked.actor
    assert codes(attacked.recipient) == ["KEN"], attacked.recipient


def test_a_participle_after_a_comma_is_done_by_the_agent(code_all):
    ambushed = by_trigger(code_all("The Ghanaian convoy, ambushed by Togolese soldiers near the border, lost two "
                                   "trucks."), "ambushed")
    assert codes(ambushed.actor) == ["TGO"], ambushed.actor
    assert codes(ambushed.recipient) == ["GHA"], ambushed.recipient


def test_a_ship_hit_in_a_named_air_attack_was_hit_by_its_maker(code_all):
    damaged = by_trigger(code_all("A Greek freighter damaged last week in a Libyan air attack was towed to "
                                  "Malta."), "damaged")
    assert codes(damaged.actor) == ["LBY"], damaged.actor
    assert codes(damaged.recipient) == ["GRC"], damaged.recipient


def test_guard_an_active_participle_clause_keeps_its_subject(code_all):
    attacked = by_trigger(code_all("Somali gunboats attacked two Kenyan tankers in the Red Sea."), "attacked")
    assert codes(attacked.actor) == ["SOM"], attacked.actor
    assert codes(attacked.recipient) == ["KEN"], attacked.recipient



def test_guard_a_civilian_agent_makes_no_attack(code_all):
    events = code_all("ACCRA, May 4 - The number of files destroyed by the Ghanaian trade ministry has risen.")
    assert not [e for e in events if e.event == "ASSAULT"], [(e.event, e.actor) for e in events]
